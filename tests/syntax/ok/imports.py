import os
import os.path
import os.path as p
import a, b, c
import a as x, b as y
from os import path
from os import path as p, sep
from os import (path, sep)
from os import (path, sep,)
from os import *
from . import x
from .. import y
from .mod import z
from ..pkg.mod import w as v
from ... import q
from .... import r
from .a.b.c import (d as e,
                    f)
