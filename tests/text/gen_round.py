"""Expected round(x, ndigits) for floats, from CPython (IEEE bits in and out)."""
import random
import struct
from casefile import outcome, write_table

rng = random.Random(8)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1234.5, 50.0, 51.0, 150.0, 250.0,
          5e22, 1e23, 9.999999999999999e22, 1.7976931348623157e308, 5e-324, 0.1, -0.4,
          float("inf"), float("-inf"), float("nan"), 123456.789, 0.045, 1e16 + 2, 999.9999]
values += [rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 25) for _ in range(400)]
values += [round(rng.uniform(-1000, 1000), rng.randint(0, 4)) + 0.005 for _ in range(150)]
rows = []
for x in values:
    for n in [0, 1, 2, 3, 5, 10, 17, 300, 400, -1, -2, -3, -5, -20, -22, -23, -307, -308, -309, -400]:
        rows.append((bits(x), n, outcome(lambda: bits(round(x, n)))))
write_table("round_cases.txt", rows)
