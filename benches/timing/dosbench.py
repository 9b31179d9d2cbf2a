"""What the DOS instruction-count benchmarks (dos_speed.py, dos_timing.py)
share: their command line, a drive holding MPYDOS.EXE and the scripts under
8.3 names, one run under `dosrun --stats` (its output and exact instruction
count), and the cost of one unit of work: a script run at two sizes, the
difference in instructions over the difference in work (start-up cancels
out)."""

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_args(description, *extra):
    """--exe, --dosrun, --mips, plus `extra` ((flags, add_argument kwargs))."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--exe", default=os.path.join(ROOT, "dist/MPYDOS.EXE"))
    p.add_argument("--dosrun", default=os.path.join(ROOT, "target/release/dosrun"))
    p.add_argument("--mips", type=int, default=35)
    for flags, options in extra:
        p.add_argument(*flags, **options)
    args = p.parse_args()
    args.exe, args.dosrun = os.path.abspath(args.exe), os.path.abspath(args.dosrun)
    for path in (args.exe, args.dosrun):
        if not os.path.exists(path):
            sys.exit(f"{path}: missing (make dist build)")
    return args


@contextlib.contextmanager
def drive(args, scripts):
    """A temporary DOS drive with MPYDOS.EXE and {host path: 8.3 name}."""
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(args.exe, os.path.join(folder, "MPYDOS.EXE"))
        for source, dos_name in scripts.items():
            shutil.copy(source, os.path.join(folder, dos_name))
        yield folder


def run_dos(args, folder, script, *script_args):
    """Run one script; its stdout and the instruction count from --stats."""
    command = [args.dosrun, "--drive", folder, "--mips", str(args.mips), "--stats",
               "--timeout", "1800", "MPYDOS.EXE", script, *map(str, script_args)]
    run = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    found = re.search(r"dosrun: instructions: (\d+)", run.stderr + run.stdout)
    if run.returncode != 0 or found is None:
        sys.exit(f"{' '.join(command[-3:])}: failed (exit {run.returncode})\n"
                 f"{run.stdout}{run.stderr}")
    output = "\n".join(line for line in run.stdout.splitlines()
                       if not line.startswith("dosrun:"))
    return output, int(found.group(1))


def per_unit(args, folder, script, name, units, kind, small, large, *extra):
    """Prints the instructions per unit of `kind` work in `script`, run with
    sizes `small` and `large`; `units(size)` is the work a size does."""
    _, few = run_dos(args, folder, script, kind, small, *extra)
    _, many = run_dos(args, folder, script, kind, large, *extra)
    count = units(large) - units(small)
    print(f"{name:<44} {(many - few) / count:>10,.0f} instructions")
