# float gaps: hex round trips, fromhex rounding and errors, exact mixed comparisons,
# ** overflow, divmod/floor/ceil/round dunders, float() of bytes and __index__
import math
for x in (1.0, -2.5, 0.1, 5e-324, 1.7976931348623157e308, -0.0, 0.0, 2.2250738585072014e-308, float("inf"), float("nan")):
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ("0x1p-1074", "0x1.00000000000008p0", "0x1.00000000000018p0", " -0X.8P+1 ", "1", "0x1.8", "inf", "-Infinity", "nan", "0x0p9999999", "0x1p-1075", "0x1.0000000000001p-1075", "0x123456789abcdef0123456789abcdefp-10"):
    print(repr(s), float.fromhex(s))
for bad in ("", "0x", "0x1p", "1.2.3", "0xg", "0x1p1e"):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    [float.fromhex(s) for s in ("0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023")]
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 9223372036854775807 < 9.3e18, 9223372036854775807 == 9.223372036854775807e18, -2 ** 62 * 2 == -9.223372036854775808e18, 3 < 3.5, -3 > -3.5, 3 == 3.0, 5 != 5.000001)
print(9007199254740993 == 9007199254740992.0, {9007199254740992.0: 1}.get(9007199254740993), 1 < float("nan"), 1 > float("nan"), float("inf") > 2 ** 62)
for bad in (lambda: 2.0 ** 1024, lambda: (-2.0) ** 1025, lambda: 1e200 ** 2, lambda: 0.0 ** -1, lambda: divmod(3.5, 0.0), lambda: 2 % 0.0, lambda: 7 // 0.0):
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e, e.args)
print(0.0 ** -math.inf, 2.0 ** -1100, (-8.0) ** 3, 1.0 ** math.nan, math.nan ** 0, 10.0 ** -400, (-1.0) ** math.inf)
print(divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1.0), divmod(0.0, -1.0), -7.5 // -2, 1e300 % 3.0, -1e-300 % 1.0)
print(round(2.5), round(-3.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e20, -19), round(123.456, -1), round(5e-324, 400), round(1.5, None))
print((2.5).__round__(), (2.567).__round__(1), (-2.5).__floor__(), (-2.5).__ceil__(), (2.9).__int__(), (3.5).__float__(), math.floor(-0.5), math.ceil(-0.5))
print(float(b"1.25"), float(bytearray(b" -3e2 ")), (1e16).is_integer(), float("nan").is_integer(), (-0.0).as_integer_ratio(), (1e15 + 0.5).as_integer_ratio())
class Half:
    def __float__(self):
        return 0.5
class Seven:
    def __index__(self):
        return 7
class Floors:
    def __floor__(self):
        return "floored"
print(float(Half()), float(Seven()), math.sqrt(Half()), math.floor(Floors()), math.exp(1), math.exp(-1), math.exp(0.5))
for bad in (lambda: float(b"x1"), lambda: float.fromhex(3), lambda: (1.5).as_integer_ratio(1), lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio()):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
