#!/usr/bin/env python3
"""Run each benchmark (benches/*.py) under mpydos and python3 in the same run and
report the time ratio mpydos / python3 (best of N wall-clock runs each).

    python3 benches/run_bench.py [--binary PATH] [--python PATH] [--repeat N]
                                 [--timeout S] [PATTERN...]

A benchmark whose mpydos run is missing, fails, times out or prints something
other than python3 is reported as such in the table (no ratio); the run goes on.
Exit status: 0, unless python3 itself fails a benchmark (then 1).
"""

import argparse
import glob
import math
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", default=os.path.join(ROOT, "target/release/mpydos"))
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--repeat", type=int, default=3, help="runs per interpreter; best counts")
    p.add_argument("--timeout", type=float, default=120, help="seconds per run")
    p.add_argument("patterns", nargs="*", metavar="PATTERN")
    return p.parse_args()


class Failed(Exception):
    """One run that did not produce a usable time (the reason is the message)."""


def time_run(command, script, timeout):
    """(seconds, stdout) of one run of `command script` in benches/."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(command + [script], cwd=HERE, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"timeout>{timeout:g}s")
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last = proc.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:60]
        raise Failed(f"exit {proc.returncode}: {last}" if last else f"exit {proc.returncode}")
    return elapsed, proc.stdout


def best_of(command, script, args):
    times = []
    output = None
    for _ in range(args.repeat):
        seconds, output = time_run(command, script, args.timeout)
        times.append(seconds)
    return min(times), output


def interpreter(path):
    """The command list for an interpreter, or None if it does not exist."""
    # Scripts run with cwd=benches/, so a relative path is made absolute.
    found = shutil.which(path) if os.sep not in path else os.path.abspath(path)
    return [found] if found and os.path.isfile(found) else None


def main():
    args = parse_args()
    scripts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.py"))
                     if os.path.basename(p) != "run_bench.py")
    if args.patterns:
        scripts = [s for s in scripts if any(p in s for p in args.patterns)]
    python = interpreter(args.python)
    if python is None:
        print(f"run_bench: python3 not found: {args.python}", file=sys.stderr)
        return 2
    mpydos = interpreter(args.binary)
    if mpydos is None:
        print(f"note: mpydos not found at {args.binary}; only python3 runs")
    print(f"best of {args.repeat} runs, wall-clock seconds (process start included)")
    print(f"{'benchmark':<14}{'python3':>10}{'mpydos':>10}{'mpydos/python3':>16}")
    ratios = []
    broken = 0
    for script in scripts:
        name = script[:-3]
        try:
            py_time, py_out = best_of(python, script, args)
        except Failed as e:
            print(f"{name:<14}{'python3 ' + str(e):>36}")
            broken += 1
            continue
        if mpydos is None:
            cell, ratio = "missing", None
        else:
            try:
                mp_time, mp_out = best_of(mpydos, script, args)
                if mp_out != py_out:
                    cell, ratio = "wrong output", None
                else:
                    ratio = mp_time / py_time
                    cell = f"{mp_time:.3f}"
                    ratios.append(ratio)
            except Failed as e:
                cell, ratio = str(e), None
        ratio_text = f"{ratio:.2f}" if ratio is not None else "-"
        if ratio is None and len(cell) > 9:
            print(f"{name:<14}{py_time:>10.3f}  {cell}")
        else:
            print(f"{name:<14}{py_time:>10.3f}{cell:>10}{ratio_text:>16}")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<34}{geomean:>16.2f}  ({len(ratios)} of {len(scripts)} benchmarks)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
