# types.ModuleType makes working, unregistered modules; namedtuple records
# the caller's module and joins with tuples.
import sys
import types
from collections import namedtuple

m = types.ModuleType("x")
print(m, type(m) is types.ModuleType, m.__name__, m.__doc__, m.__spec__, "x" in sys.modules)
m.a = 1
print(m.a, m.__dict__["a"], isinstance(m, types.ModuleType), sorted(k for k in vars(m) if k != "a"))
m2 = types.ModuleType("y", "doc here")
print(m2.__doc__, repr(m2))
sys.modules["y"] = m2
m2.val = 5
import y
from y import val
print(y.val, y is m2, val)
exec("def f(): return 42", m2.__dict__)
print(m2.f())
for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(3), lambda: types.ModuleType("a", "b", "c")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
P = namedtuple("P", "x y")
print(P.__module__, namedtuple("Q", "a", module="mod").__module__)
print((1, 2) + P(3, 4), P(1, 2) + (3,), P(1, 2) + P(3, 4))
