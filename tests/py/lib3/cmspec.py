# cmath at infinite and NaN arguments: C99's special values as CPython
# gives them (every class of real and imaginary part with at least one
# infinity or NaN), ValueError where CPython raises it
import cmath
import math

inf, nan = float("inf"), float("nan")
parts = [-inf, -2.0, -1.0, -0.0, 0.0, 0.5, 1.0, 2.0, inf, nan]
for name in ("sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"):
    f = getattr(cmath, name)
    row = []
    for re in parts:
        for im in parts:
            if math.isfinite(re) and math.isfinite(im):
                continue
            try:
                z = f(complex(re, im))
                row.append("%r,%r" % (z.real, z.imag))
            except ValueError:
                row.append("VE")
    print(name, " ".join(row))
print(cmath.exp(complex(-inf, 3.0)), cmath.cosh(complex(inf, 3.0)), cmath.sinh(complex(-inf, -3.0)), cmath.tanh(complex(inf, 3.0)))
print(cmath.polar(complex(inf, nan)), cmath.phase(complex(-inf, inf)), abs(complex(nan, inf)), cmath.isinf(complex(nan, inf)))
