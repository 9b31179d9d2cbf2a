"""Expected int(text, base) and float(text) for str and bytes, from CPython.

int rows: kind, text, base, result. A result is the int in decimal when it
fits an i64, else "big:" + sign + its digits in the radix used."""
import random
import struct
from casefile import outcome, write_table

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def radix_of(text, base):
    if base:
        return base
    head = text.strip().lstrip("+-")[:2].lower()
    return {"0x": 16, "0o": 8, "0b": 2}.get(head, 10)


def to_base(n, radix):
    out = ""
    while n:
        n, d = divmod(n, radix)
        out = DIGITS[d] + out
    return out or "0"


def show_int(text, base, parse):
    def run():
        v = parse(text, base)
        if -2**63 <= v < 2**63:
            return str(v)
        src = text.decode("latin-1") if isinstance(text, bytes) else text
        return "big:" + ("-" if v < 0 else "") + to_base(abs(v), radix_of(src, base))
    return outcome(run)


def show_float(text):
    def run():
        v = float(text)
        return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    return outcome(run)


def main():
    rng = random.Random(11)
    int_texts = ["0", "1", "-1", "+7", " 42 ", "\t-42\n", "x", "", " ", "-", "+-1", "- 1", "1 2", "1_000",
                 "1__0", "_1", "1_", "0x1f", "0X1F", "0x_1f", "0x__1f", "0x", "0o17", "0b101", "0b2", "010",
                 "00", "0_0", "0_1", "09", "z", "Z", "zz", "9223372036854775807", "9223372036854775808",
                 "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
                 "0x" + "f" * 40, "-0b" + "1" * 70, "\u0661\u0662", "\u00a012\u2003", "12\x1c", "1\u00e9",
                 "\uff11\uff12", "\u0e51\u0e52\u0e53", "1" * 4301, "1" * 4300, "f" * 5000, "a" * 201,
                 "\u00e9" * 300, "12.5", "1e5", "0b1", "0o8", "+0x10", "-0o_7", "  0b_1_0  ", "1\x00"]
    rows = []
    for text in int_texts:
        bases = [10, 0, 2, 8, 16, 36, 1, 37, 3] if len(text) < 100 else [10, 16]
        for base in bases:
            rows.append(("int", text, base, show_int(text, base, int)))
            try:
                data = text.encode("latin-1")
            except UnicodeEncodeError:
                continue
            rows.append(("intb", data.decode("latin-1"), base, show_int(data, base, int)))
    for _ in range(2000):
        base = rng.choice([0, 2, 8, 10, 16, 36, 7])
        n = rng.randint(-2**rng.randint(1, 100), 2**rng.randint(1, 100))
        text = ("-" if n < 0 else "") + to_base(abs(n), base or 10)
        if rng.random() < 0.3:
            text = text.upper()
        if rng.random() < 0.2 and len(text) > 2:
            i = rng.randint(1, len(text) - 1)
            text = text[:i] + rng.choice(["_", "__", " ", "g", "."]) + text[i:]
        rows.append(("int", text, base, show_int(text, base, int)))

    float_texts = ["0", "1", "-1.5", "1_0.5", "1__0", "1_e5", "1e_5", "1e5_0", "_1", "1_", "1._5", "inf", "-inf",
                   "+inf", "inFinity", "-Infinity", "nan", "-nan", "NaN", " -nan ", "infinit", "in", "nana",
                   "1e", "1e+", ".5", "5.", ".", "+.e1", "e5", "1e500", "-1e500", "1e-400", "0x10", "\u0661.5",
                   "\u00a01.5\u2003", "1.5\x1c", "", " ", "x", "1.2.3", "1e5.5", "4.9e-324", "2.5e-324",
                   "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "123456789012345678901234567890",
                   "3.14159265358979323846264338327950288", "-0", "+0.0", "1E5", "1e+05", "00001.5000",
                   "\t\n 7 \r", "1 2", "--1", "+-1", "1\u00e9"]
    for _ in range(2000):
        mant = "%d.%d" % (rng.randint(0, 10**rng.randint(0, 20)), rng.randint(0, 10**rng.randint(0, 20)))
        float_texts.append(mant + ("e%d" % rng.randint(-330, 330) if rng.random() < 0.6 else ""))
    for text in float_texts:
        rows.append(("float", text, "", show_float(text)))
        try:
            data = text.encode("latin-1")
        except UnicodeEncodeError:
            continue
        rows.append(("floatb", data.decode("latin-1"), "", show_float(data)))
    write_table("number_cases.txt", rows)


if __name__ == "__main__":
    main()
