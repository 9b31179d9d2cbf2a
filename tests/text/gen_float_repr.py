"""Expected repr() of floats given by their IEEE bits, from CPython: random bit
patterns, random decimals of every magnitude, and the edge cases."""
import random
import struct
from casefile import write_table

rng = random.Random(2024)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


values = [0.0, -0.0, 1.0, -1.0, 0.1, 1e16, 1e-5, 1e-4, 0.0001, 123456789012345678.0, 1.5e-07,
          float("inf"), float("-inf"), float("nan"), 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 1e15, 9999999999999998.0, 1e17, 2e16 + 8, 0.3, 2.0 / 3,
          1e22, 1e23, 100.0, 12345.0, 9.5, 1e-4 * 9.99, 0.000123]
values += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(6000)]
values += [rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30) for _ in range(6000)]
values += [round(rng.uniform(0, 1000), rng.randint(0, 6)) for _ in range(3000)]
values += [float(rng.randint(-10**18, 10**18)) for _ in range(1000)]
write_table("float_repr_cases.txt", [(bits(v), repr(v)) for v in values])
