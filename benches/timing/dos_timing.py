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

import os

from dosbench import HERE, drive, parse_args, per_unit, run_dos

# The scripts under their DOS (8.3) names.
SCRIPTS = {os.path.join(HERE, "sleep_accuracy.py"): "SLEEPACC.PY",
           os.path.join(HERE, "aio_work.py"): "AIOWORK.PY"}


def main():
    args = parse_args(__doc__.split("\n\n")[0],
                      (("--pending",), dict(type=int, default=10_000,
                                            help="sleeps pending while the timers are counted")))
    with drive(args, SCRIPTS) as folder:
        print(f"asyncio.sleep lateness, DOS (dosrun --mips {args.mips}):")
        print(run_dos(args, folder, "SLEEPACC.PY")[0])
        print(f"asyncio costs, DOS (dosrun --mips {args.mips} --stats):")
        per_unit(args, folder, "AIOWORK.PY", "task switch (10 tasks looping on sleep(0))",
                 lambda n: 10 * n, "switch", 10, 60)
        per_unit(args, folder, "AIOWORK.PY", "create + await of a short task",
                 lambda n: n, "tasks", 20, 220)
        per_unit(args, folder, "AIOWORK.PY",
                 f"timer (sleep) with {args.pending:,} sleeps pending",
                 lambda n: n, "timers", 10, 110, args.pending)


if __name__ == "__main__":
    main()
