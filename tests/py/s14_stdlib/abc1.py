# abc and collections.abc: abstract methods, register, __subclasshook__, built-in types, mixin methods
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return "%s %s" % (self.name(), self.area())
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Sq(Half):
    def name(self): return "sq"
print(Sq().describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class P(abc.ABC):
    @property
    @abstractmethod
    def v(self): ...
try: P()
except TypeError as e: print(e)
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), issubclass(int, Duck), isinstance(3, Duck))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), Reg.register(float) is float)
try: Reg.register(3)
except TypeError as e: print(e)
print(isinstance([], cabc.Sequence), isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence))
print(isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet))
print(isinstance("", cabc.Iterable), isinstance(3, cabc.Iterable), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance(b"", cabc.ByteString), isinstance({}.keys(), cabc.KeysView), isinstance(range(3), cabc.Sequence), isinstance("", cabc.Sized), isinstance(5, cabc.Container))
def g(): yield
print(isinstance(g(), cabc.Generator), isinstance(g(), cabc.Iterator), issubclass(list, cabc.Collection), issubclass(dict, cabc.Reversible))
class My(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = My({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m.keys()))
class MS(cabc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = MS(); s.append(1); s.extend([2, 3, 2]); s.remove(2); s += [9]
print(s.l, s.index(3), s.count(2), 3 in s, list(reversed(s)), s.pop(), s.l)
try: cabc.Sized()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(It, cabc.Sized))
