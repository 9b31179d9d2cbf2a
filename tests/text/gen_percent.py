"""Expected results of printf-style `fmt % args` for str and bytes, from CPython.

Arguments are written in casefile.enc's typed notation.
"""
import random
from casefile import enc, outcome, write_table


rng = random.Random(77)
rows = []


def case(fmt, args):
    kind = "bytes" if isinstance(fmt, bytes) else "str"
    result = outcome(lambda: fmt % args)
    if isinstance(result, bytes):
        result = result.decode("latin-1")
    shown_fmt = fmt.decode("latin-1") if isinstance(fmt, bytes) else fmt
    rows.append((kind, shown_fmt, enc(args), result))


NUMBERS = [0, 1, -1, 42, -255, 65, 1234567, 2**63 - 1, -2**63, 0.0, -0.0, 1.5, -2.5, 0.125,
           3.141592653589793, 1e16, 1e-5, 1e300, 123456.789, float("inf"), float("-inf"), float("nan")]
FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "# ", "#0", "+#", "-#0"]
WIDTHS = ["", "1", "5", "12"]
PRECS = ["", ".", ".0", ".2", ".5", ".12"]
for value in NUMBERS:
    for conv in "diuoxXeEfFgGcrsa":
        if conv in "diu" and isinstance(value, float) and 2**63 <= abs(value) < float("inf"):
            continue  # the Rust test's value model has no big ints
        for _ in range(12):
            fmt = "%" + rng.choice(FLAGS) + rng.choice(WIDTHS) + rng.choice(PRECS) + conv
            case(fmt, value)
            case(fmt.encode(), value)
for text in ["", "abc", "h\u00e9llo", "x"]:
    for conv in "sracd":
        for _ in range(8):
            fmt = "[%" + rng.choice(FLAGS) + rng.choice(WIDTHS) + rng.choice(PRECS) + conv + "]"
            case(fmt, text)
            case(fmt.encode(), text.encode("latin-1"))
fixed = [
    ("%s %s", (1, 2)), ("%s", (1, 2)), ("%s %s", (1,)), ("abc", ()), ("abc", 5), ("abc", []),
    ("abc", {}), ("%(a)s-%(b)d", {"a": "x", "b": 7}), ("%(a)s %s", {"a": 1}), ("%(a", {"a": 1}),
    ("%(a)s", 1), ("%(a)s", (1,)), ("%", ()), ("%5%", 1), ("%5%", ()), ("100%%", ()),
    ("%y", 1), ("ab%\u00e9", 1), ("\u00e9\u00e9%y", 1), ("%*d|%-*d|%.*f", (5, 1, 5, 2, 2, 3.14159)),
    ("%*d", (-6, 1)), ("%.*f", (-3, 1.5)), ("%*d", ("a", 1)), ("%d", "x"), ("%x", 3.0), ("%d", 3.7),
    ("%f", "x"), ("%c", "ab"), ("%c", 2**70), ("%c", -1), ("%c", 0x10FFFF), ("%c", 1.5),
    ("%ld %hi %Lf", (1, 2, 3.0)), ("%(a)*d", {"a": 5}), ("%s %(a)s", {"a": 1}),
    ("%s", {"a": 1}), ("%(x(y))s", {"x(y)": 3}), ("%#.3o|%#.3x|%+.3d", (8, 255, 7)),
    ("%0-5d|", 3), ("%-+08.3f|", 2.5), ("%#x %#X %#o", (0, 0, 0)), ("%.0e %#.0e %#.0f %#g", (5.0, 5.0, 5.0, 5.0)),
    ("%.3s|%-6.2s|%6.0s|", ("abcdef", "abcdef", "abcdef")), ("%c%c", (65, "\u20ac")),
    ("%d%%", 50), ("%.50f", 0.1), ("%020.3e", -1.0), ("%s", ()), ("%s", ((),)),
]
for fmt, args in fixed:
    case(fmt, args)
    try:
        bfmt = fmt.encode("latin-1")
    except UnicodeEncodeError:
        continue
    bargs = tuple(a.encode("latin-1") if isinstance(a, str) and len(a) < 3 and a.isascii() else a
                  for a in args) if isinstance(args, tuple) else args
    case(bfmt, bargs)
for b in [b"%c", b"%c%c", b"%s", b"%b", b"%r", b"%a", b"%5b|%-5s|%.1b"]:
    for args in [65, 300, b"z", b"zz", "s", (66, b"q"), (b"ab", b"cd", b"ef"), 3]:
        case(b, args)
write_table("percent_cases.txt", rows)
