# str/repr/format of big ints: grouping, bases, fill/align/sign, '#', float types, %-format, digit limit
import sys
def show(t, f):
    try:
        print(t, '->', f())
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

n = 2 ** 70
for spec in (",", "_", "_b", "#x", "#o", "X", ">40", "*^40,", "=+40", "+", " ", "040_", "#_b", "d",
             ",d", ".3e", "g", "%", "n", "c", ".2", "s", "10.2f", "<30_x", "#032X"):
    show(spec, lambda: (format(n, spec), format(-n - 12345, spec)))
show("hex/oct/bin", lambda: (hex(2 ** 64), oct(-2 ** 64), bin(2 ** 64 + 1), hex(-1), bin(0)))
show("percent", lambda: ("%d" % n, "%x" % -n, "%5.2f" % n, "%o" % 2 ** 80, "%#X" % n, "%+30d" % n, "%d" % 1e30))
show("percent c", lambda: "%c" % n)
show("f-string", lambda: f"{-2 ** 100:,d} {n!r} {n!s:>30}")
show("4299 digits", lambda: (str(10 ** 4299)[:5], len(str(10 ** 4299))))
show("str 4301", lambda: str(10 ** 4300))
show("repr 4301", lambda: repr(-10 ** 4300))
show("format 4301", lambda: f"{10 ** 4300}")
show("hex no limit", lambda: hex(10 ** 5000)[:6])
show("get limit", lambda: sys.get_int_max_str_digits())
show("bad limit", lambda: sys.set_int_max_str_digits(100))
show("limit 700", lambda: sys.set_int_max_str_digits(maxdigits=700) or len(str(10 ** 699)))
show("str over 700", lambda: str(10 ** 700))
show("int over 700", lambda: int("1" * 701))
show("no limit", lambda: sys.set_int_max_str_digits(0) or len(str(10 ** 5000)))
