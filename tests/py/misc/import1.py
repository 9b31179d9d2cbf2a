# importing a module of the script's directory: runs once, attributes, aliases
import _moda
print(_moda.VALUE, _moda.double(4), _moda.Thing(), _moda.__name__)
import _moda
import _moda as m
print(m is _moda, m.double is _moda.double)
from _moda import VALUE, double as dbl
print(VALUE, dbl(5))
_moda.items.append(1)
import _modb
print(_modb.total(), _modb._moda is _moda, _moda.items)
_moda.VALUE = 99
print(_modb.total())
import sys
print("_moda" in sys.modules, sys.modules["_moda"] is _moda)
