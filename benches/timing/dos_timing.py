#!/usr/bin/env python3
"""asyncio on DOS, under `dosrun --mips 35` (a 35 MIPS machine, in virtual
time, so the numbers do not depend on the build machine):

  1. sleep_accuracy.py: how late asyncio.sleep() wakes;
  2. with `--stats`: instructions per task switch, per create + await of a
     short task, and per timer while 10,000 other sleeps are pending. Each is
     aio_work.py run at two sizes; the difference in instructions over the
     difference in work is the cost of one unit (start-up cancels out).

    python3 benches/timing/dos_timing.py [--exe dist/MPYDOS.EXE]
        [--dosrun target/release/dosrun] [--mips 35] [--pending 10000]

A report, not a test: see mk/asyncio.mk (bench-aio-dos).
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
SCRIPTS = {"sleep_accuracy.py": "SLEEPACC.PY", "aio_work.py": "AIOWORK.PY"}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exe", default=os.path.join(ROOT, "dist/MPYDOS.EXE"))
    p.add_argument("--dosrun", default=os.path.join(ROOT, "target/release/dosrun"))
    p.add_argument("--mips", type=int, default=35)
    p.add_argument("--pending", type=int, default=10_000,
                   help="sleeps pending while the timers are counted")
    return p.parse_args()


def run_dos(args, drive, script, *script_args):
    """Run one script; its stdout and the instruction count from --stats."""
    command = [args.dosrun, "--drive", drive, "--mips", str(args.mips), "--stats",
               "--timeout", "1800", "MPYDOS.EXE", script, *map(str, script_args)]
    run = subprocess.run(command, cwd=drive, capture_output=True, text=True)
    found = re.search(r"dosrun: instructions: (\d+)", run.stderr + run.stdout)
    if run.returncode != 0 or found is None:
        sys.exit(f"{' '.join(command[-3:])}: failed (exit {run.returncode})\n"
                 f"{run.stdout}{run.stderr}")
    output = "\n".join(line for line in run.stdout.splitlines()
                       if not line.startswith("dosrun:"))
    return output, int(found.group(1))


def per_unit(args, drive, name, units, kind, small, large, *extra):
    """Instructions per unit of work: runs at two sizes, the difference."""
    _, few = run_dos(args, drive, "AIOWORK.PY", kind, small, *extra)
    _, many = run_dos(args, drive, "AIOWORK.PY", kind, large, *extra)
    count = units(large) - units(small)
    print(f"{name:<44} {(many - few) / count:>10,.0f} instructions")


def main():
    args = parse_args()
    for path in (args.exe, args.dosrun):
        if not os.path.exists(path):
            sys.exit(f"{path}: missing (make dist build)")
    with tempfile.TemporaryDirectory() as drive:
        shutil.copy(args.exe, os.path.join(drive, "MPYDOS.EXE"))
        for source, dos_name in SCRIPTS.items():
            shutil.copy(os.path.join(HERE, source), os.path.join(drive, dos_name))
        print(f"asyncio.sleep lateness, DOS (dosrun --mips {args.mips}):")
        print(run_dos(args, drive, "SLEEPACC.PY")[0])
        print(f"asyncio costs, DOS (dosrun --mips {args.mips} --stats):")
        per_unit(args, drive, "task switch (10 tasks looping on sleep(0))",
                 lambda n: 10 * n, "switch", 10, 60)
        per_unit(args, drive, "create + await of a short task",
                 lambda n: n, "tasks", 20, 220)
        per_unit(args, drive, f"timer (sleep) with {args.pending:,} sleeps pending",
                 lambda n: n, "timers", 10, 110, args.pending)


if __name__ == "__main__":
    main()
