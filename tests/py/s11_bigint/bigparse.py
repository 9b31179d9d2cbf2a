# int(str, base): base 0 and prefixes, underscores, whitespace, Unicode digits, errors, digit limit
def show(t, f):
    try:
        print(t, '->', f())
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

for text, base in (("0x_ff", 0), ("0b1_0", 0), ("  -0o17  ", 0), ("00", 0), ("010", 0), ("FF", 0),
                   ("0xff", 16), ("0xff", 10), ("ff", 16), ("1__0", 10), ("_1", 10), ("1_", 10),
                   ("9" * 30, 36), (" +1_000_000_000_000_000_000_000 ", 10), ("", 10), ("-", 10),
                   ("1 2", 10), ("z", 37), ("1", 1), ("-0b" + "1" * 90, 0), ("0o" + "7" * 40, 8),
                   ("\u0661\u0662" + "3" * 20, 10), ("\t 123456789012345678901234567890\n", 10)):
    show(repr(text) + " base " + str(base), lambda: int(text, base))
show("bytes", lambda: int(b"  99999999999999999999999 "))
show("bytearray base 16", lambda: int(bytearray(b"ffffffffffffffffffffff"), 16))
show("float with base", lambda: int(12.5, 10))
show("keyword base", lambda: int("12", base=3))
show("4301 digits", lambda: int("1" * 4301))
show("4300 digits", lambda: len(str(int("1" * 4300))))
show("hex has no limit", lambda: int("f" * 5000, 16).bit_length())
show("big float", lambda: (int(1e300) % 1000, int(-1.5e20), int(2.0 ** 63), int(-2.0 ** 63)))
show("inf", lambda: int(float("inf")))
show("nan", lambda: int(float("nan")))
class Big:
    def __int__(self):
        return 2 ** 80
    def __index__(self):
        return -2 ** 90
show("__int__", lambda: int(Big()))
show("__index__", lambda: (hex(Big()), bin(Big())[:8]))
show("bytearray", lambda: int(bytearray(b" -12345678901234567890123 ")))
show("bad bytes", lambda: int(b"12x"))
