# Sizes past the machine's range raise MemoryError or OverflowError as 64-bit CPython does; nothing wraps modulo 2**32 on DOS.
# memory: 48
cases = [
    lambda: len("ab" * (2 ** 32 + 3)),
    lambda: len([0] * (2 ** 32 + 1)),
    lambda: len((0,) * (2 ** 32 + 1)),
    lambda: len(" " * 2 ** 62),
    lambda: "ab" * 2 ** 62,
    lambda: b"ab" * 2 ** 62,
    lambda: bytearray(b"ab") * 2 ** 62,
    lambda: " " * 2 ** 63,
    lambda: "x".ljust(2 ** 40),
    lambda: "x".rjust(2 ** 33),
    lambda: "x".center(2 ** 32 + 5),
    lambda: "x".zfill(2 ** 40),
    lambda: b"x".ljust(2 ** 40),
    lambda: b"x".center(2 ** 32 + 1),
    lambda: b"x" * 2 ** 62,
    lambda: "a\tb".expandtabs(2 ** 40),
    lambda: b"a\tb".expandtabs(2 ** 31),
    lambda: "%*d" % (2 ** 40, 1),
    lambda: bytes(2 ** 32 + 1),
    lambda: bytearray(2 ** 62),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', r if isinstance(r, int) else len(r))
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__, e)
x = [1, 2]
try:
    x *= 2 ** 62
except MemoryError:
    print('list *= MemoryError', x)
print("ab" * 3, [0] * -2 ** 40, "x".ljust(-2 ** 40), b"ab".center(5))
