# sys attributes that are the same everywhere
import sys
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)
print(isinstance(sys.platform, str), isinstance(sys.implementation.name, str))
print(sys.maxsize >= 2**31 - 1, callable(sys.exit), "sys" in sys.modules)
print(sys.version_info[0], sys.version_info >= (3, 0))
print(isinstance(sys.getrecursionlimit(), int))
