# decimal: logical operations (and/or/xor/invert), shift, rotate, next_*,
# compare_total(_mag), max_mag/min_mag, the predicates and the Context
# forms of the one- and two-operand methods, with their error cases
import decimal
from decimal import Decimal as D, Context, localcontext, InvalidOperation


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


def flags(c):
    return [s.__name__ for s in (decimal.InvalidOperation, decimal.Overflow, decimal.Underflow, decimal.Subnormal,
                                 decimal.Inexact, decimal.Rounded, decimal.Clamped, decimal.DivisionByZero)
            if c.flags[s]]


quiet = Context(prec=9, traps=[])
loud = Context(prec=9)
logical = ("0", "1", "10", "1101", "110011", "111111111", "0000", "1" * 12, "10" * 8)
bad = ("2", "-1", "1.0", "1E+1", "Inf", "NaN", "sNaN", "-0", "0.1", "12")
for name in ("logical_and", "logical_or", "logical_xor"):
    for a in logical:
        print(name, a, [str(getattr(quiet, name)(D(a), D(b))) for b in logical[:6]])
    for a in bad:
        c = quiet.copy()
        print(name, a, repr(getattr(c, name)(D(a), D("1"))), repr(getattr(c, name)(D("1"), D(a))), flags(c))
        show(name + " trapped", getattr(loud, name), D(a), D(1))
    show(name + " method", getattr(D("1100"), name), D("1010"))
    show(name + " method ctx", getattr(D("1100"), name), D("1010"), Context(prec=3))
    show(name + " int", getattr(loud, name), 1100, 1010)
    show(name + " float", getattr(loud, name), 1.0, 1)
    show(name + " str", getattr(D(1), name), "1")
for a in logical + bad:
    c = quiet.copy()
    print("logical_invert", a, repr(c.logical_invert(D(a))), flags(c), repr(D(a).logical_invert(Context(prec=4, traps=[]))))
show("invert trapped", loud.logical_invert, D(2))
show("invert default", D("101").logical_invert)
print(getcontext_prec := decimal.getcontext().prec, D(0).logical_invert())

shifts = (0, 1, 2, -1, -3, 8, 9, -9, 10, -10, "1.0", "1E+1", "Inf", "-Inf", "NaN", "sNaN", "0.5", "-0")
values = ("123456789", "12", "-12.34", "0", "1E+5", "Inf", "-Inf", "NaN7", "sNaN", "1234567890123")
for op in ("shift", "rotate"):
    for v in values:
        out = []
        for s in shifts:
            c = quiet.copy()
            r = getattr(c, op)(D(v), D(s) if isinstance(s, str) else s)
            out.append(str(r) + ("!" + ",".join(flags(c)) if flags(c) else ""))
        print(op, v, out)
    show(op + " trapped", getattr(loud, op), D(1), 10)
    show(op + " trapped nan", getattr(loud, op), D(1), D("sNaN"))
    show(op + " method", getattr(D("12345"), op), 2)
    show(op + " method ctx", getattr(D("12345"), op), -2, Context(prec=6))
    show(op + " float", getattr(D(1), op), 1.5)
    show(op + " big prec", getattr(Context(prec=40), op), D("1" * 35), 7)

for v in ("1", "0", "-0", "1E-999999", "-1E-1000007", "9.99999999E+999999", "-9.99999999E+999999", "Inf", "-Inf",
          "NaN", "sNaN", "123.456", "1E+20", "0.1000"):
    for op in ("next_plus", "next_minus"):
        c = quiet.copy()
        c.Emax, c.Emin = 999999, -999999
        print(op, v, repr(getattr(c, op)(D(v))), flags(c))
for a, b in (("1", "2"), ("1", "0"), ("1", "1"), ("-0", "0"), ("0", "-0"), ("1", "NaN"), ("sNaN", "1"), ("1", "sNaN"),
             ("9.99999999E+999999", "Inf"), ("Inf", "1"), ("-Inf", "1"), ("1E-999999", "0"), ("0", "1"),
             ("1E-1000007", "-1"), ("NaN3", "NaN4"), ("2", "2.00"), ("-9.99999999E+999999", "-Inf")):
    c = quiet.copy()
    print("next_toward", a, b, repr(c.next_toward(D(a), D(b))), flags(c))
show("next_toward trapped", loud.next_toward, D("9.99999999E+999999"), D("Inf"))
show("next_toward under trapped", Context(prec=9, traps=[decimal.Underflow]).next_toward, D("1E-999999"), D(0))
show("next_plus method", D(1).next_plus)
show("next_minus method", D(1).next_minus)
show("next_toward method", D(1).next_toward, 0)
show("next_toward float", D(1).next_toward, 0.5)
show("next_plus snan trapped", loud.next_plus, D("sNaN"))

total = ("-Inf", "-2", "-1.0", "-1", "-0", "0", "0.00", "1", "1.0", "2", "Inf", "NaN", "NaN5", "sNaN", "-NaN", "-sNaN2")
for a in total:
    print("compare_total", a, [int(D(a).compare_total(D(b))) for b in total])
    print("compare_total_mag", a, [int(D(a).compare_total_mag(D(b))) for b in total])
show("compare_total ctx", loud.compare_total, 1, D(2))
show("compare_total_mag ctx", loud.compare_total_mag, D(-3), 2)
show("compare_total float", D(1).compare_total, 1.0)
for a, b in (("1", "-2"), ("-1", "1"), ("1.0", "-1"), ("NaN", "-5"), ("sNaN", "1"), ("-3", "3"), ("2", "-2.0")):
    c = quiet.copy()
    print("mag", a, b, repr(c.max_mag(D(a), D(b))), repr(c.min_mag(D(a), D(b))), repr(D(a).max_mag(D(b), c)),
          repr(D(a).min_mag(D(b), c)), flags(c))
show("max_mag trapped", loud.max_mag, D("sNaN"), 1)
show("compare_signal ctx", quiet.copy().compare_signal, D("NaN"), 1)

preds = ("is_canonical", "is_finite", "is_infinite", "is_nan", "is_normal", "is_qnan", "is_signed", "is_snan",
         "is_subnormal", "is_zero")
small = Context(prec=9, Emin=-10, Emax=10)
for v in ("1", "-0", "0E-20", "1E-10", "1E-11", "-1E-12", "Inf", "-NaN", "sNaN", "123.5"):
    print("pred", v, [getattr(small, p)(D(v)) for p in preds], small.number_class(D(v)), D(v).number_class(small))
for p in preds:
    show(p + " int", getattr(small, p), 7)
for p in preds + ("number_class", "copy_abs", "copy_negate", "canonical", "logb", "logical_invert", "copy_decimal"):
    show(p + " float", getattr(loud, p), 1.5)
show("is_zero str", loud.is_zero, "0")
for v in ("-1.50", "0", "-Inf", "NaN", "sNaN", 12):
    c = quiet.copy()
    print("copy", v, repr(c.copy_abs(D(v) if isinstance(v, str) else v)), repr(c.copy_negate(v if isinstance(v, int) else D(v))),
          repr(c.copy_sign(D(v) if isinstance(v, str) else v, -1)), repr(c.copy_sign(7, D(v) if isinstance(v, str) else v)),
          repr(c.copy_decimal(D(v) if isinstance(v, str) else v)), repr(c.canonical(D(v) if isinstance(v, str) else D(v))),
          repr(c.logb(D(v) if isinstance(v, str) else v)), flags(c))
show("canonical int", loud.canonical, 5)
print("radix", repr(quiet.radix()), repr(D(3).radix()))
for a, b in (("1.00", "2.00"), ("1", "1.0"), ("Inf", "-Inf"), ("NaN", "sNaN"), ("NaN", "1"), ("1E+2", 100)):
    print("same_quantum", a, b, quiet.same_quantum(D(a), D(b) if isinstance(b, str) else b), D(a).same_quantum(b if isinstance(b, int) else D(b)))
for a, b in (("1.5", 2), ("1.5", -3), ("-7", "1.0"), ("1", "1E+1"), ("Inf", 2), ("1", "Inf"), ("NaN", 1), ("1", "sNaN"),
             ("9", 2000000), ("1", -2000000), ("12345", "-0"), ("1", 2000006), ("1", 2000007), ("1", -2000007),
             ("1", 10 ** 20)):
    c = Context(prec=4, traps=[])
    print("scaleb", a, b, repr(c.scaleb(D(a), D(b) if isinstance(b, str) else b)), flags(c))
show("scaleb trapped", loud.scaleb, D(1), D("0.5"))
show("scaleb method", D("1.23").scaleb, 3)
for a, b, c3 in (("2", "3", "4"), ("1.5", "2", "-3"), ("1E+10", "1E+10", "1"), ("Inf", "0", "1"), ("1", "2", "sNaN"),
                 ("NaN", "1", "1"), ("Inf", "1", "-Inf")):
    c = Context(prec=5, traps=[])
    print("fma", a, b, c3, repr(c.fma(D(a), D(b), D(c3))), flags(c))
show("fma ctx int", loud.fma, 2, 3, 4)
show("fma float", loud.fma, 2, 3, 4.5)
for v in ("0.001", "-12.5", "1E+100", "0", "-Inf", "NaN", "sNaN"):
    c = quiet.copy()
    print("logb", v, repr(c.logb(D(v))), repr(D(v).logb(c)), flags(c))
for a, b in (("10", "3"), ("10", "4"), ("-10", "6"), ("1", "0"), ("Inf", "1"), ("1", "Inf")):
    c = quiet.copy()
    print("remainder_near", a, b, repr(c.remainder_near(D(a), D(b))), flags(c))
with localcontext(prec=5):
    print("context-free", D("10101").logical_and(D("11")), D("123456").shift(1), D("12345").rotate(-1), D(5).next_plus())
for a, b, c3 in (("sNaN5", "1", "sNaN7"), ("Inf", "0", "sNaN7"), ("NaN3", "1", "sNaN7"), ("NaN3", "1", "NaN7"),
                 ("Inf", "0", "NaN7"), ("-0", "0", "-0"), ("1E+999999", "1E+999999", "-Inf"),
                 ("9E+999999", "10", "-9E+1000000"), ("1E+999999", "1E+999999", "-1E+1999998")):
    c = Context(prec=5, traps=[])
    print("fma", a, b, c3, repr(c.fma(D(a), D(b), D(c3))), flags(c))
show("fma trapped", loud.fma, D("Inf"), 0, 1)
for a, b in (("-0", "-0.00"), ("-0.00", "-0"), ("-1E+2", "-100"), ("-100", "-1E+2"), ("-2", "-10")):
    print("compare_total neg", a, b, D(a).compare_total(D(b)), D(a).compare_total_mag(D(b)))
huge = Context(prec=decimal.MAX_PREC)
print("max prec", repr(huge.rotate(D(12), 1)), repr(huge.shift(D(12), 3)), repr(huge.logical_and(D(11), D(10))),
      repr(huge.logical_xor(D(110), D(11))))
