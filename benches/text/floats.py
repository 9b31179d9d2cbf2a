"""CPython side of the text benchmark: the same 1,000,000 floats as
benches/text/text_bench.rs (same xorshift generator: even ones from random bits,
odd ones decimals like 1234.567), formatted the same ways.
Prints one line per case: name, best seconds of three runs, and a checksum
of the output length."""
import struct
import sys
import time

N = 1_000_000
ROUNDS = 3  # the best of three runs, to shrug off load from other processes


def floats():
    state = 0x9E3779B97F4A7C15
    out = []
    mask = (1 << 64) - 1
    for i in range(N):
        state ^= (state << 13) & mask
        state ^= state >> 7
        state ^= (state << 17) & mask
        if i % 2 == 0:
            x = struct.unpack("<d", struct.pack("<Q", state))[0]
            if x != x or x in (float("inf"), float("-inf")):
                x = 1.5
        else:
            x = (state % 10_000_000) / 1000.0
        out.append(x)
    return out


def bench(name, func, xs):
    best = None
    for _ in range(ROUNDS):
        start = time.perf_counter()
        total = sum(map(len, map(func, xs)))
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print("%s %.6f %d" % (name, best, total))


xs = floats()
decimals = xs[1::2]
bench("repr", repr, xs)
bench("repr_decimal", repr, decimals)
bench("format_.3f", lambda x: format(x, ".3f"), decimals)
bench("format_,.6g", lambda x: format(x, ",.6g"), xs)
sys.stdout.flush()
