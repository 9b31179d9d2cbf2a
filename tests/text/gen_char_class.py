"""Expected str.isspace/isalpha/isdecimal/isdigit/isnumeric/isalnum/isprintable
and str.isidentifier (as a start, and after "a") of single characters, and int() of decimal digits, from CPython: the first 0x3000 code
points, random ones, and the neighbours of every class boundary."""
import random
from casefile import write_table

rng = random.Random(12)
points = set(range(0x3000)) | {rng.randrange(0x110000) for _ in range(6000)}
def id_continue(c):
    return ("a" + c).isidentifier()


PREDICATES = (str.isspace, str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isalnum,
              str.isprintable, str.isidentifier, id_continue)
for pred in PREDICATES:
    prev = False
    for cp in range(0x110000):
        now = pred(chr(cp))
        if now != prev:
            points |= {cp - 1, cp}
        prev = now
rows = []
for cp in sorted(p for p in points if 0 <= p < 0x110000 and not 0xD800 <= p < 0xE000):
    c = chr(cp)
    flags = "".join("1" if f(c) else "0" for f in PREDICATES)
    rows.append(("%x" % cp, flags, int(c) if c.isdecimal() else "-"))
write_table("char_class_cases.txt", rows)
