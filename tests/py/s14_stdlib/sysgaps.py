# sys gaps and the interpreter features the stdlib needs: metaclass hooks, __call__ keywords, subclass reprs
import sys
print(sys.getsizeof([]) > 0, sys.getsizeof(1, 0) >= 0, isinstance(sys.getsizeof("abc"), int))
a = sys.intern("hello world"); b = sys.intern("hello " + "world"); print(a is b, a)
try: sys.intern(3)
except TypeError as e: print(e)
print(sys.getdefaultencoding(), sys.exc_info())
try: 1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb.tb_lineno)
print(sys.implementation.name != "", sys.stdout.write("written\n"))
sys.stdout.flush(); sys.stderr.flush()
print(callable(sys.stderr.write))
class M(type):
    def __instancecheck__(cls, obj): return obj == 42
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=M): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance(42, (str, Magic)))
class Cb:
    def __call__(self, *a, **k): return a, k
print(Cb()(1, x=2))
class Sm:
    __call__ = staticmethod(lambda *a, **k: (a, k))
print(Sm()(3, y=4))
class S(str):
    def __repr__(self): return "S!"
print(str(S("v")), repr(S("v")), str.__str__(S("w")))
class I(int):
    def __repr__(self): return "I!"
print(int.__repr__(I(7)), "%d|%x|%5.1f" % (I(7), I(255), I(2)), repr(I(1)))
class Fl(float): pass
print("%.2f" % Fl(1.5), float.__repr__(Fl(2.5)))
class D:
    "doc"
D.__doc__ = "changed"; print(D.__doc__)
class Meta(type): pass
class WM(metaclass=Meta): pass
print(WM.__class__.__name__, int.__class__, type.__class__)
def fn(a, b=1, *c, d, **e): x = 1
print(fn.__code__.co_varnames, fn.__code__.co_flags & 0x0C == 0x0C, fn.__code__.co_filename == __file__)
import types
class A:
    def m(self): return self
a = A(); bm = types.MethodType(lambda self, x: (self is a, x), a); print(bm(5), bm.__self__ is a)
try: types.MethodType(3, a)
except TypeError as e: print(e)
class ED(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2 if isinstance(v, int) else v)
class EM(type):
    @classmethod
    def __prepare__(m, name, bases): return ED()
class Doubled(metaclass=EM):
    x = 21
print(Doubled.x)
