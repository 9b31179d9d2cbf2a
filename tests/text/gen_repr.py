"""Expected repr()/ascii()/isprintable()/isidentifier() of str and repr() of
bytes, from CPython: edge cases plus random strings over all of Unicode."""
import random
from casefile import write_table

rng = random.Random(5)


def random_char():
    pick = rng.random()
    if pick < 0.4:
        cp = rng.randrange(0, 0x80)
    elif pick < 0.6:
        cp = rng.randrange(0x80, 0x800)
    elif pick < 0.9:
        cp = rng.randrange(0x800, 0x10000)
    else:
        cp = rng.randrange(0x10000, 0x110000)
    return chr(cp) if not 0xD800 <= cp < 0xE000 else "x"


strings = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\t\n\r", "\x00\x7f\x80\xa0\xad",
           "\u2028", "\U0001F600", "\ufeff", "caf\u00e9", "_x1", "1x", "\u00b7", "a\u00b7", "\u2118",
           "\U000E0100", "\u0378", "\U0010FFFF", " ", "x y"]
strings += ["".join(random_char() for _ in range(rng.randint(1, 8))) for _ in range(6000)]
strings += [chr(cp) for cp in range(0, 0x3000) if not 0xD800 <= cp < 0xE000]
rows = [("str", s, repr(s), ascii(s), s.isprintable(), s.isidentifier()) for s in strings]
blobs = [b"", b"'", b'"', b"'\"", b"\\", bytes(range(256))]
blobs += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 12))) for _ in range(500)]
rows += [("bytes", b.hex(), repr(b), "", "", "") for b in blobs]
write_table("repr_cases.txt", rows)
