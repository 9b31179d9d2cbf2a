# the math module
import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.pow(2, 10))
print(math.sin(0), math.cos(math.pi), math.tan(0.5), math.atan2(1, 1), math.asin(1), math.acos(0.5), math.atan(1))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0.001), math.expm1(1e-5))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.floor(3), type(math.floor(2.5)).__name__)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
