# float/int conversions at the edges and str round trips
vals = [0.1, 1 / 3, 2 ** 53, 2.0 ** 53 + 1, 1e15 + 0.3, -1e-300, 9007199254740993]
for v in vals:
    f = float(v)
    print(repr(f), float(repr(f)) == f, int(f) if abs(f) >= 1 else "small")
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 16 / 10 ** 15, 1 / 10 ** 20)
print(round(1e16 + 1), float(10**300))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
