# float() parsing: spaces, signs, underscores, exponents, inf/nan, errors
for s in ("1.5", "  -2.25 ", "1e3", "1E-3", "+.5", "5.", "1_000.5", "inf", "-Infinity", "nan", "NaN", "1e400", "10"):
    print(repr(s), float(s))
print(float(3), float(True), float(), float(10**20))
for bad in ("", "abc", "1.2.3", "1__0", "e5", "0x10", "1,5"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(2.9), int(-2.9), int(1e10), int(float("1e18")))
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
