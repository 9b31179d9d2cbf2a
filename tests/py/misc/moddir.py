# module objects: attributes, dir(), setting attributes from outside
import _moda
names = [n for n in dir(_moda) if not n.startswith("__")]
print(sorted(names))
_moda.NEW = "set from outside"
print(_moda.NEW, type(_moda).__name__, hasattr(_moda, "double"))
try:
    _moda.missing
except AttributeError as e:
    print(type(e).__name__, e)
