# from package import * honours __all__
from allpkg import *
print(public, also)
try:
    hidden
except NameError as e:
    print(type(e).__name__, e)
import allpkg
print(allpkg.hidden, sorted(allpkg.__all__))
