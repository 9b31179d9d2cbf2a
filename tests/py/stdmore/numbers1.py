# numbers: the ABC tower, the built-in and library types in it, abstract
# methods and the mixins of a user-defined number
from fractions import Fraction
import numbers
from decimal import Decimal

for v in (1, True, 2.5, 1j, Fraction(1, 3), Decimal('1.5'), 'x', None):
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex,
          numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))
print(issubclass(numbers.Integral, numbers.Number), numbers.Real.__mro__[1].__name__)
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])

class Nat(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'Nat(%d)' % self.v
    def _op(name):
        def f(self, *args):
            args = [int(a) for a in args if a is not None]
            return Nat(getattr(int, name)(self.v, *args))
        return f
    for _n in ('__add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ '
               '__rtruediv__ __pow__ __rpow__ __abs__ __floordiv__ __rfloordiv__ '
               '__mod__ __rmod__ __lshift__ __rlshift__ __rshift__ __rrshift__ '
               '__and__ __rand__ __xor__ __rxor__ __or__ __ror__ __invert__ '
               '__trunc__ __floor__ __ceil__ __round__').split():
        locals()[_n] = _op(_n)
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def conjugate(self): return self
    __hash__ = None

n = Nat(7)
print(isinstance(n, numbers.Integral), n.numerator, n.denominator, n.real, n.imag)
print(n - 2, 10 - n, divmod(n, 2), float(n), complex(n), n.__index__(), bool(n), bool(Nat(0)))
print([1, 2, 3, 4, 5, 6, 7, 8][n])
print(hash(1) == hash(1.0), numbers.Number.__hash__)
