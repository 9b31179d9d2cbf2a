# fractions.Fraction: construction, arithmetic, comparison, hashing, rounding
from fractions import Fraction as F
import math
for args in ((), (3,), (6, -4), (-6, 4), (0, 5), ("3/7",), (" -3/7 ",), ("1.5",), ("-.25",), ("1e3",), ("1.2E-2",),
             ("1_000/3",), (0.1,), (-2.5,), (F(1, 3), F(2, 3)), (F(5, 2),), (True,), (10 ** 20, 10 ** 18)):
    f = F(*args)
    print(repr(f), str(f), f.numerator, f.denominator)
a, b = F(1, 3), F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b), a ** 2, b ** -3, F(4, 9) ** 0.5, 2 ** F(1, 2), F(4) ** F(1, 2))
print(a + 1, 1 - a, a * 2.5, 2.5 / a, 3 // a, 3 % a, F(8, 1) ** F(2), 2 ** F(3))
print(a < b, a > b, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(1) == 1, F(1, 2) != 0.5, a >= a, b <= -1.25)
print(F(1, 2) < float("inf"), F(1, 2) == float("nan"), F(7, 2) > 3, sorted([F(1, 2), 0.25, 1, F(-1, 3)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10 ** 30, 7)), {F(1, 2): "x"}[0.5])
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)),
      round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), bool(F(0)), bool(a))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(2),
      F(0.1).limit_denominator(), F(-10, 7).limit_denominator(3))
print(F.from_float(0.75), F.from_float(3), a.as_integer_ratio(), F("  12  "), F(-0.0))
for bad in (lambda: F(1, 0), lambda: F("x"), lambda: F("1/0"), lambda: F("1/-2"), lambda: F("1__0"), lambda: F([1]), lambda: F(1.5, 2),
            lambda: F(float("nan")), lambda: F(float("inf")), lambda: a / 0, lambda: F(0) ** -1, lambda: a.limit_denominator(0),
            lambda: F.from_float("1"), lambda: a < "x", lambda: a + "x"):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
