# float gaps: 'z' and '_' format specs, float() rejects, hash of floats, round ndigits, math errors
print(format(-0.0, 'z.1f'), format(-0.0001, 'z.2f'), f"{1234567.5:_.2f}", f"{0.5:%}", f"{1e-7:n}", f"{12.5:^+12.3e}|", "%#.0f %+e %G" % (3.0, -1.5, 1e-20))
print(float(" 1_0.5e1_0 "), float("-iNfInItY"), float("+nan"), 1e-310, -1e22, 1e21, 123456789012345678.0)
for s in ["1_", "_1", "1e", "- 1", "infx", "1.5j"]:
    try: float(s)
    except ValueError as e: print(e)
print(hash(1e18) == hash(10**18), hash(-2.0**60), hash(0.1), hash(-1.0), hash(float('inf')))
print(round(0.5, 0), round(-0.5, 0), round(1.25, 1), round(1.35, 1), round(2.5e-8, 8), round(1.0e308, -308), round(7.0, -1))
import math
print(math.log(100, 10), math.log(2**0.5, 2), math.log1p(-1+1e-10), math.hypot(1e200, 1e200), math.hypot(), math.dist([1,2],[4,6]), math.fsum([1e100, 1.0, -1e100, 1e-100]))
for f in (lambda: math.log(-1), lambda: math.sqrt(-0.1), lambda: math.exp(710), lambda: math.log(1, 1), lambda: math.fmod(1, 0), lambda: math.pow(0, -1), lambda: math.cosh(1000), lambda: math.ldexp(1, 5000)):
    try: print(f())
    except (ValueError, OverflowError, ZeroDivisionError) as e: print(type(e).__name__, e)
print(math.isclose(1, 1.0000000001), math.isclose(0, 1e-12, abs_tol=1e-9), math.copysign(1, -0.0), math.trunc(-0.0), math.gcd(), math.lcm(4, 6), math.isqrt(10**17), math.frexp(0.0), math.modf(-math.inf))
