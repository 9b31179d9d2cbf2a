# The float work a 486SX (no FPU) must do in software, with CPython's bits:
# floor/ceil (libm used FRNDINT), the exp family (F2XM1/FSCALE), and
# float parsing (core set the x87 precision with FNSTCW/FLDCW). Run on DOS
# under dosrun's 486SX model, where any x87 instruction is a fault.
import math

values = [-2.5, -1.5, -0.5, -0.0, 0.0, 0.49999999999999994, 0.5, 1.5, 2.5,
          1e15 + 0.5, -1e15 - 0.5, 4503599627370495.5, 1e300, 5e-324]
for x in values:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), repr(x // 1))
for x in [0.0, 1.0, -1.0, 0.5, 1e-10, 10.0, 100.0, 709.0, -745.0, 2.0 ** -30]:
    print(repr(x), repr(math.exp(x)), repr(math.expm1(x)), repr(math.exp2(x)))
# (cosh, erfc and lgamma are left out: the libm crate's differ from glibc's
# in the last bit for some arguments, on the host build too.)
for x in [0.0, 0.5, 1.0, 3.0, 20.0, -20.0]:
    print(repr(x), repr(math.sinh(x)), repr(math.tanh(x)))
for x in [0.5, 1.0, 2.0, 3.5, 10.0, 30.0]:
    print(repr(x), repr(math.gamma(x)), math.erfc(x) < 1.0)
texts = ["1.5", "0.1", "1e22", "1e23", "123456789012345678e-5", "9007199254740993",
         "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308", "-0.0",
         "3.141592653589793", "1e-7", "123.456e2", "  7.25  ", "inf", "nan", "1_000.5"]
for t in texts:
    print(repr(t), repr(float(t)))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, divmod(7.5, -2), 2 ** 0.5, 10 ** -2)
print(float(10 ** 20), int(1e20), int(-2.9), math.fmod(7.5, 2), math.sqrt(2))
print(round(2.675, 2), round(0.125, 2), f"{1/3:.17g}", f"{2/3:e}", f"{1e16:,.1f}")
