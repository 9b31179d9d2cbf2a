# star imports skip underscore names; missing names raise ImportError
from _moda import *
print(VALUE, double(1), Thing())
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
try:
    from _moda import no_such_thing
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
