#!/usr/bin/env python3
"""Interpreter costs on DOS, in i486 instructions (dosrun --stats counts them
exactly, free of the build machine's load): per Python call (fib), per
generator resume, per pystone loop. Each is speed_work.py run at two sizes;
the difference in instructions over the difference in work is the cost of
one unit (start-up cancels out).

    python3 benches/timing/dos_speed.py [--exe dist/MPYDOS.EXE]
        [--dosrun target/release/dosrun] [--mips 35]

A report, not a test: see mk/bench.mk (bench-speed-dos).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# The scripts under their DOS (8.3) names.
SCRIPTS = {os.path.join(HERE, "speed_work.py"): "SPEEDWRK.PY",
           os.path.join(ROOT, "benches", "pystone.py"): "PYSTONE.PY"}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exe", default=os.path.join(ROOT, "dist/MPYDOS.EXE"))
    p.add_argument("--dosrun", default=os.path.join(ROOT, "target/release/dosrun"))
    p.add_argument("--mips", type=int, default=35)
    return p.parse_args()


def instructions(args, drive, *script_args):
    """The instruction count of one run of SPEEDWRK.PY (from --stats)."""
    command = [args.dosrun, "--drive", drive, "--mips", str(args.mips), "--stats",
               "--timeout", "1800", "MPYDOS.EXE", "SPEEDWRK.PY", *map(str, script_args)]
    run = subprocess.run(command, cwd=drive, capture_output=True, text=True)
    found = re.search(r"dosrun: instructions: (\d+)", run.stderr + run.stdout)
    if run.returncode != 0 or found is None:
        sys.exit(f"{' '.join(command[-3:])}: failed (exit {run.returncode})\n"
                 f"{run.stdout}{run.stderr}")
    return int(found.group(1))


def fib_calls(n):
    """Calls that fib(n) makes, itself included."""
    a, b = 1, 1  # calls(0), calls(1)
    for _ in range(n - 1):
        a, b = b, a + b + 1
    return b if n else a


def per_unit(args, drive, name, kind, small, large, units=lambda n: n):
    few = instructions(args, drive, kind, small)
    many = instructions(args, drive, kind, large)
    print(f"{name:<36} {(many - few) / (units(large) - units(small)):>10,.0f} instructions")


def main():
    args = parse_args()
    for path in (args.exe, args.dosrun):
        if not os.path.exists(path):
            sys.exit(f"{path}: missing (make dist build)")
    with tempfile.TemporaryDirectory() as drive:
        shutil.copy(args.exe, os.path.join(drive, "MPYDOS.EXE"))
        for source, dos_name in SCRIPTS.items():
            shutil.copy(source, os.path.join(drive, dos_name))
        print(f"interpreter costs, DOS ({os.path.basename(args.exe)}, dosrun --stats):")
        per_unit(args, drive, "Python call (fib)", "fib", 12, 18, fib_calls)
        per_unit(args, drive, "generator resume (for loop)", "gen", 1_000, 11_000)
        per_unit(args, drive, "pystone loop", "pystone", 100, 1_100)


if __name__ == "__main__":
    main()
