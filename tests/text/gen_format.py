"""Expected results of format(value, spec) for str, int and float, from CPython."""
import random
from casefile import bigint_digits, outcome, write_table

rng = random.Random(1911)
FILL_ALIGN = ["", "", "<", ">", "^", "=", "*<", "0>", "x^", "0=", "\u20ac>", " =", "0<"]
SIGNS = ["", "", "+", "-", " "]
WIDTHS = ["", "", "1", "8", "15", "012", "20"]
GROUPS = ["", "", "", ",", "_"]
PRECISIONS = ["", "", ".0", ".1", ".3", ".10", ".17", ".25"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "s", "E", "G", "F"]
FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s"]
STR_TYPES = ["", "", "s", "d"]


def spec(types):
    parts = [
        rng.choice(FILL_ALIGN),
        rng.choice(SIGNS),
        "z" if rng.random() < 0.1 else "",
        "#" if rng.random() < 0.2 else "",
        "0" if rng.random() < 0.2 else "",
        rng.choice(WIDTHS),
        rng.choice(GROUPS),
        rng.choice(PRECISIONS),
        rng.choice(types),
    ]
    return "".join(parts)


INTS = [0, 1, -1, 7, 42, -255, 65, 1234567, -987654321, 2**63 - 1, -2**63, 0x10FFFF, 1114112]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.125, 1e16, 1e-5, 123456789012345678.0,
          1.5e-07, 3.141592653589793, -2.718281828459045, 1e300, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 0.0001, 12345.678, 99.995, 0.5, 1e22,
          -0.0004, 999999.5, 9.999999e-5]
STRS = ["", "a", "hello", "h\u00e9llo w\u00f6rld", "\u4e2d\u6587", "tab\there"]

rows = []
for value in INTS:
    for s in ["", "d", "x", "#x", "#o", "#b", "X", ",", "_", "_x", "_b", "+", " ", "010", "-010",
              "^10", "=10", "0=+12,", "c", "n", ".2", "z", "e", ".3f", "%", "s", ",x", "10_o"]:
        rows.append(("int", value, s, outcome(format, value, s)))
    for _ in range(250):
        s = spec(INT_TYPES)
        rows.append(("int", value, s, outcome(format, value, s)))
for value in FLOATS:
    for s in ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".0e", ".0f", ".0g",
              "#.0f", "#.0e", "#g", "#.3g", ".17g", ".100f", ",", "_", "015,.2f", "z.1f", "+", " ",
              "010", "=+10", "^12.4", "<9.2%", ".2", "d", "s", "x"]:
        rows.append(("float", repr(value), s, outcome(format, value, s)))
    for _ in range(200):
        s = spec(FLOAT_TYPES)
        rows.append(("float", repr(value), s, outcome(format, value, s)))
for value in STRS:
    for s in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "+", " ", "z", "#", "=5",
              ",", "_", "d", "x", "010", "0>5", ".0", "abc", "\u00e9<7", "1,x", ".", "5,_",
              "_,", "99999999999999999999"]:
        rows.append(("str", value, s, outcome(format, value, s)))
    for _ in range(100):
        s = spec(STR_TYPES)
        rows.append(("str", value, s, outcome(format, value, s)))

# Precisions beyond the digits a double holds exactly (and beyond 65535).
for value in [5e-324, 0.1, -1.5, 1e300]:
    for s in [".1200f", ".900e", "#.900g", ".70000g", "#.1100f"]:
        rows.append(("float", repr(value), s, outcome(format, value, s)))

BIG_INTS = [2**64, -2**64 - 1, 10**30 + 7, -(16**40) + 3, 2**200 - 1]
for value in BIG_INTS:
    digits = bigint_digits(value)
    for s in ["", "d", "x", "#X", "#o", "b", "_", ",", "+", "050,", "^60", "=+45_x", "c", "e", ".3f", "n"]:
        rows.append(("bigint", digits, s, outcome(format, value, s)))
    for _ in range(60):
        s = spec(INT_TYPES)
        rows.append(("bigint", digits, s, outcome(format, value, s)))

write_table("format_cases.txt", rows)
