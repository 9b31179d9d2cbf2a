# decimal: construction, str/repr, context precision and rounding, arithmetic,
# quantize, sqrt/exp/ln, comparisons, hashing, signals and traps
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context
print(repr(getcontext()))
for v in ("1.23", "-0", "0.000001", "0.0000001", "1E+3", "123.456e-10", "-Inf", "nan", "sNaN12", "  7  ", "1_000.5",
          ".5", "5.", "1e-1000000", 12, -10 ** 30, 0.1, -2.5, float("inf"), (1, (1, 2, 3), -2), (0, (), "F"), D("3.0")):
    d = D(v)
    print(repr(d), str(d), d.as_tuple(), d.adjusted(), d.is_signed(), d.is_finite(), d.is_zero())
a, b = D("1.1"), D("2.20")
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D(7), D(-2)), D(-7) // 2, D(-7) % 2, -a, +b, abs(D("-3.00")))
print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D(10) / D(4), D("1.00") / D("0.1"), D(100) / D(1), D("1e10") / D("1e-10"))
print(a + 1, 1 + a, 3 * a, a ** 2, D(2) ** 100, D(2) ** -2, D("1.5") ** 3, D(-2) ** 3, D(0) ** 5, D(10) ** -30, D("1.0000001") ** 1000)
print(D(2).sqrt(), D("0.0004").sqrt(), D(100).sqrt(), D("1e-7").sqrt(), D(0).sqrt(), D("1e100").sqrt(), D(1).exp(), D(2).ln(), D(1000).log10(), D("0.5").exp())
print(D(2) ** D("0.5"), D(10).ln(), D("1.5").log10(), D(-1).exp(), D(100).exp())
for r in (decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_UP, decimal.ROUND_DOWN,
          decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP):
    print(r, [str(D(x).quantize(D("0.1"), rounding=r)) for x in ("1.25", "1.35", "-1.25", "1.21", "-1.29", "1.05", "1.51")])
print(D("3.14159").quantize(D("0.01")), D("7").quantize(D("1e-3")), D("123.456").quantize(D("1e1")), D("-0.5").quantize(D(1)))
print(D("2.5").to_integral_value(), D("3.5").to_integral(), D("-2.7").to_integral_exact(), D("1e3").to_integral(), D("2.5").to_integral_value(decimal.ROUND_UP))
print(round(D("2.675"), 2), round(D("2.5")), round(D("3.5")), round(D("-1.5")), int(D("-7.9")), float(D("0.1")), int(D("1e5")), D("1.20").normalize(), D("1200").normalize())
import math
print(math.floor(D("-1.5")), math.ceil(D("-1.5")), math.trunc(D("-1.5")), D("12.5").as_integer_ratio(), D(-3).as_integer_ratio())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 3, D("123456789") + 0, D("1.23456789") * 1, D(2).sqrt(), ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
    ctx.rounding = decimal.ROUND_DOWN
    print(D(2) / 3, D(-2) / 3, D("99999.9") + 0)
print(getcontext().prec, D(1) / 3)
with localcontext(prec=3, rounding=decimal.ROUND_UP) as ctx:
    print(D("1.001") + 0, D(10) / 3, ctx.prec)
c = Context(prec=4, Emax=10, Emin=-10)
print(c.add(D("9999"), 1), c.divide(1, 7), c.multiply(D("1e10"), 1), c.create_decimal("1.23456"), c.create_decimal(0.1), c.sqrt(2), repr(c))
try:
    c.multiply(D("1e10"), 100)
except decimal.Overflow as e:
    print("Overflow", e)
c.traps[decimal.Overflow] = False
print(c.multiply(D("1e10"), 100), c.flags[decimal.Overflow], c.multiply(D("1e-10"), D("1e-5")), c.flags[decimal.Subnormal], c.flags[decimal.Underflow])
print(D("1.0") == 1, D("0.1") == 0.1, D("0.5") == 0.5, D(1) < 2, D(2) > D("1.99"), D("-0") == 0, D("1.0") != D("1.00"), sorted([D(3), D("1.5"), D(-2)]))
print(hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5), hash(D("1.50")) == hash(D("1.5")), hash(D("-1")), hash(D("inf")), {D("2.0"): 1}[2])
print(D("nan") == D("nan"), D("nan") != 1, D(1).compare(D(2)), D("1.0").compare(D(1)), D("-inf") < 0, D("inf") > D("1e999999"), max(D(1), D("1.0")))
print(D(5).max(D(3)), D("2").min(D("-3")), D("1.2e3").to_eng_string(), D("1.2e-7").to_eng_string(), D("1e5").scaleb(-2), D(7).fma(2, 1), D(-5).copy_abs(), D(5).copy_negate(), D(5).copy_sign(D(-1)))
print(D(10).remainder_near(D(6)), D(2).same_quantum(D(3)), D("1.0").same_quantum(D(1)), D("0.001").number_class(), D("-inf").number_class(), D(1).logb(), D(3).is_normal())
print("{:.2f}".format(D("3.14159")), "{:10.3f}|".format(D("-1.5")), format(D("1234.5"), ".2e"), format(D("0.25"), ".1%"), f"{D('42'):>6}", format(D("1.5e-10"), "f"))
errs = [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D("abc"), lambda: D(-1).sqrt(), lambda: D("9e999999") * 10, lambda: D(1) % 0,
        lambda: D(10 ** 30) // D("0.0001"), lambda: D("1.2345").quantize(D("1e-30")), lambda: D("nan") < 1, lambda: D("snan") + 1,
        lambda: hash(D("snan")), lambda: int(D("nan")), lambda: int(D("inf")), lambda: D(-1).ln(), lambda: D(0) ** 0, lambda: D(-2) ** D("0.5"),
        lambda: D([1, 2]), lambda: D("inf") - D("inf"), lambda: D(1).quantize(D("inf")), lambda: setattr(getcontext(), "prec", 0),
        lambda: setattr(getcontext(), "rounding", "X"), lambda: D(1.5, 2), lambda: round(D("nan"))]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    D(1) + "x"
except TypeError:
    print("TypeError")  # CPython names its C type 'decimal.Decimal' in the message
print(format(D("1.5"), "8") + "|", format(D("-12345.678"), ",.2f"), format(D("inf"), ">5"), format(D("7"), "+06"))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.Overflow, decimal.Inexact), issubclass(decimal.FloatOperation, TypeError))
getcontext().traps[decimal.DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, getcontext().flags[decimal.DivisionByZero])
getcontext().clear_flags()
getcontext().traps[decimal.Inexact] = True
try:
    D(1) / 3
except decimal.Inexact as e:
    print("Inexact", e)
print(D(1) / 4, repr(decimal.ExtendedContext), decimal.ExtendedContext.divide(1, 0), decimal.MAX_PREC)
# remainders of a dividend far below the divisor; powers of negatives under
# directed rounding; the order of the flags and traps dicts
print(D("1.7293291913056388E-20") % D("5E+10"), divmod(D("-9.1E-25"), D(7)), D(0) % D("1E-5"), D("3E-40") // D(2))
with localcontext(prec=6, rounding=decimal.ROUND_FLOOR, traps=[]):
    print(D("-1.234567") ** 7, D("-3.3") ** -3, D("1.5") ** -5)
print([s.__name__ for s in getcontext().traps], getcontext().flags)
