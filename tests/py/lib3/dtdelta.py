# datetime.timedelta: construction, normalisation, arithmetic, repr/str, errors
from datetime import timedelta as td
for d in (td(), td(1), td(days=-1), td(seconds=-1), td(hours=25, minutes=61), td(weeks=2, milliseconds=1500),
          td(microseconds=-1), td(days=1.5), td(seconds=0.5e-6), td(seconds=1.5e-6), td(minutes=0.1), td(2, 3, 4)):
    print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds())
a, b = td(days=3, hours=4), td(hours=30, seconds=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 2 * a, a * 0.5, a / 3, a / 0.25, a / b, a // b, a % b, divmod(a, b))
print(a // 7, td(seconds=1) / 3, td(microseconds=5) / 2, td(microseconds=7) / 2, td(microseconds=3) * 0.5)
print(a > b, a == td(hours=76), a != b, a <= a, hash(a) == hash(td(hours=76)), bool(td()), bool(td(microseconds=1)))
print(td.min, td.max, td.resolution, repr(td.min), repr(td.max))
print(sorted([b, a, td(0), -b]))
print(td(1) == 1, td(1) != "x", {td(1): 1}[td(hours=24)])
for bad in (lambda: td(days=10 ** 9), lambda: td.max + td(1), lambda: td("1"),
            lambda: a / 0, lambda: a // td(0), lambda: td(float("nan"))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# CPython names its C types 'datetime.timedelta' in these messages: type only
for bad in (lambda: a + 1, lambda: a < 1, lambda: 1 - a):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError")
