#!/usr/bin/env python3
"""Interpreter costs on DOS, in i486 instructions (dosrun --stats counts them
exactly, free of the build machine's load): per Python call (fib), per
generator resume, per pystone loop, per complex and per float multiply (in
the same loop: the difference is what a complex multiply adds). Each is
speed_work.py run at two sizes; the difference in instructions over the
difference in work is the cost of
one unit (start-up cancels out).

    python3 benches/timing/dos_speed.py [--exe dist/MPYDOS.EXE]
        [--dosrun target/release/dosrun] [--mips 35]

A report, not a test: see mk/bench.mk (bench-speed-dos).
"""

import os

from dosbench import HERE, ROOT, drive, parse_args, per_unit

# The scripts under their DOS (8.3) names.
SCRIPTS = {os.path.join(HERE, "speed_work.py"): "SPEEDWRK.PY",
           os.path.join(ROOT, "benches", "pystone.py"): "PYSTONE.PY"}


def fib_calls(n):
    """Calls that fib(n) makes, itself included."""
    a, b = 1, 1  # calls(0), calls(1)
    for _ in range(n - 1):
        a, b = b, a + b + 1
    return b if n else a


def main():
    args = parse_args(__doc__.split("\n\n")[0])
    with drive(args, SCRIPTS) as folder:
        print(f"interpreter costs, DOS ({os.path.basename(args.exe)}, dosrun --stats):")
        per_unit(args, folder, "SPEEDWRK.PY", "Python call (fib)", fib_calls, "fib", 12, 18)
        per_unit(args, folder, "SPEEDWRK.PY", "generator resume (for loop)", lambda n: n,
                 "gen", 1_000, 11_000)
        per_unit(args, folder, "SPEEDWRK.PY", "pystone loop", lambda n: n,
                 "pystone", 100, 1_100)
        per_unit(args, folder, "SPEEDWRK.PY", "complex multiply (z = z * w loop)", lambda n: n,
                 "cmul", 1_000, 11_000)
        per_unit(args, folder, "SPEEDWRK.PY", "float multiply (the same loop)", lambda n: n,
                 "fmul", 1_000, 11_000)


if __name__ == "__main__":
    main()
