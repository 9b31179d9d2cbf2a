from .. import NAME
from ..helpers import shout


def where():
    return shout(NAME + ".sub.deep")
