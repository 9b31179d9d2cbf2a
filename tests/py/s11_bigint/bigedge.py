# the i64 boundary, pow with modulus, shifts, to_bytes/from_bytes, rounding, MemoryError
def show(t, f):
    try:
        print(t, '->', f())
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

m = -2 ** 63
show("boundary", lambda: (abs(m), -m, m // -1, m % -1, divmod(m, -1), ~(2 ** 63 - 1), (2 ** 63 - 1) + 1, m - 1, m * -1))
show("boundary 2", lambda: (2 ** 62 * 4, 3 ** 40, (-3) ** 41, 7 << 62, -7 << 62, abs(m) - 1, type(abs(m) - 1).__name__))
show("pow mod", lambda: (pow(2 ** 70, -1, 2 ** 61 - 1), pow(3, -2, -7), pow(2 ** 100, 2 ** 100, 10 ** 9 + 7), pow(2, 3, 1), pow(-2 ** 70, 3, 10 ** 10), pow(5, -1, -3)))
show("pow no inverse", lambda: pow(0, -1, 5))
show("pow zero modulus", lambda: pow(2 ** 70, 2, 0))
show("pow float modulus", lambda: pow(2 ** 70, 2, 3.0))
show("zero to negative", lambda: 0 ** -(2 ** 70))
show("shifts", lambda: (1 >> (1 << 70), -1 >> (1 << 70), 5 >> 2 ** 64, -(2 ** 70) >> 1000, -(2 ** 70) >> 69, 0 << 2 ** 80))
show("shift negative", lambda: 2 ** 70 << -1)
show("shift too far", lambda: 1 << (1 << 70))
show("memory", lambda: 1 << (1 << 50))
show("memory 2", lambda: (10 ** 20) << (1 << 55))
show("to_bytes", lambda: ((2 ** 70).to_bytes(9, "big", signed=True), (-2 ** 70).to_bytes(10, "little", signed=True), (-2 ** 71).to_bytes(9, "big", signed=True), (2 ** 72 - 1).to_bytes(9, "little"), (0).to_bytes(0, "big")))
show("to_bytes too big", lambda: (2 ** 71).to_bytes(9, "big", signed=True))
show("to_bytes negative", lambda: (-2 ** 70).to_bytes(20, "big"))
show("from_bytes", lambda: (int.from_bytes(b"\xff" * 20, "big", signed=True), int.from_bytes(b"\x80" + b"\x00" * 19, "big", signed=True), int.from_bytes(b"\xff" * 20, "little"), int.from_bytes(b"", "big", signed=True)))
show("bit ops", lambda: ((2 ** 70).bit_count(), (-2 ** 70 - 1).bit_count(), (2 ** 200 - 1).bit_count(), (0).bit_count(), (-5).bit_length(), (-2 ** 70).bit_length()))
show("round", lambda: (round(2 ** 70 + 5 * 10 ** 4, -5), round(-2 ** 70, -10), round(15 * 10 ** 20, -21), round(25 * 10 ** 20, -21), round(2 ** 70, 3), round(2 ** 70)))
show("bool mix", lambda: (True + 2 ** 70, 2 ** 70 & True, 2 ** 70 | False, bool(2 ** 70), bool(-2 ** 70), not 2 ** 70))
show("attrs", lambda: ((2 ** 70).real, (2 ** 70).imag, (2 ** 70).numerator, (2 ** 70).denominator, (2 ** 70).conjugate(), type(2 ** 70).__name__, isinstance(2 ** 70, int)))
show("dunders", lambda: ((2 ** 70).__add__(1), (2 ** 70).__radd__(1), (2 ** 70).__eq__(2 ** 70), (2 ** 70).__mul__("a"), (2 ** 70).__neg__(), (-2 ** 70).__abs__(), (2 ** 70).__invert__()))
show("index", lambda: (int(2 ** 70), int.__index__(2 ** 70), (2 ** 70).__index__(), float(-2 ** 70)))
show("list index", lambda: [1, 2, 3][2 ** 70])
show("sum", lambda: (sum([2 ** 63, 2 ** 63, -2 ** 64]), sum(x * x * 10 ** 12 for x in range(10 ** 6, 10 ** 6 + 10))))
show("containers", lambda: (2 ** 70 in {2 ** 70}, 2 ** 70 in [2 ** 70], (2 ** 70, 1) == (2 ** 70, 1), [2 ** 70] < [2 ** 70 + 1]))
x = 2 ** 100
x += 1
x -= 2 ** 100
x *= -3
x <<= 64
x //= 7
x |= 1
print(x, type(x).__name__)
import math
show("math", lambda: (math.factorial(30), math.floor(1e20), math.ceil(-1e25), math.sqrt(2 ** 100), math.trunc(2.5e19), round(1e20), round(-2.5e19)))
show("math overflow", lambda: math.sqrt(2 ** 2000))
