#!/usr/bin/env python3
"""Run each benchmark (benches/*.py) under mpydos, CPython and (when built)
MicroPython in the same run, interleaved, and report the CPU-time ratios
mpydos / CPython and mpydos / MicroPython (best of N runs each).

    python3 benches/run_bench.py [--binary PATH] [--python PATH]
                                 [--micropython PATH] [--repeat N]
                                 [--timeout S] [PATTERN...]

CPython defaults to /usr/bin/python3 (Debian's optimized build) and the report
names it (path, version, build flags). MicroPython is the unix port built by
tools/build_micropython.sh (`make micropython`); without it that column is
left out. A benchmark whose mpydos run is missing, fails, times out or prints
something other than CPython is reported as such (no ratio); the run goes on.
MicroPython's column shows "differs" when its output is not CPython's.
Exit status: 0, unless CPython itself fails a benchmark (then 1).
"""

import argparse
import glob
import math
import os
import resource
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "mpydos")
MICROPYTHON = os.environ.get("MICROPYTHON", os.path.join(CACHE, "micropython"))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", default=os.path.join(ROOT, "target/release/mpydos"))
    p.add_argument("--python", default="/usr/bin/python3")
    p.add_argument("--micropython", default=MICROPYTHON)
    p.add_argument("--repeat", type=int, default=3, help="runs per interpreter; best counts")
    p.add_argument("--timeout", type=float, default=120, help="seconds per run")
    p.add_argument("patterns", nargs="*", metavar="PATTERN")
    return p.parse_args()


class Failed(Exception):
    """One run that did not produce a usable time (the reason is the message)."""


def children_cpu():
    """User + system CPU seconds of every child waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_run(command, script, timeout):
    """(CPU seconds, stdout) of one run of `command script` in benches/."""
    start = children_cpu()
    try:
        proc = subprocess.run(command + [script], cwd=HERE, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"timeout>{timeout:g}s")
    elapsed = children_cpu() - start
    if proc.returncode != 0:
        last = proc.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:60]
        raise Failed(f"exit {proc.returncode}: {last}" if last else f"exit {proc.returncode}")
    return elapsed, proc.stdout


class Runner:
    """One interpreter's best time and last output for the current script."""

    def __init__(self, name, command):
        self.name, self.command = name, command
        self.best, self.output, self.error = None, None, None

    def run(self, script, timeout):
        if self.command is None or self.error is not None:
            return
        try:
            seconds, self.output = time_run(self.command, script, timeout)
        except Failed as e:
            self.error = str(e)
            return
        self.best = seconds if self.best is None else min(self.best, seconds)

    def reset(self):
        self.best, self.output, self.error = None, None, None


def interpreter(path):
    """The command list for an interpreter, or None if it does not exist."""
    # Scripts run with cwd=benches/, so a relative path is made absolute.
    found = shutil.which(path) if os.sep not in path else os.path.abspath(path)
    return [found] if found and os.path.isfile(found) else None


def describe_cpython(command):
    """Path, version and configure flags of the CPython used as reference."""
    probe = ("import sys, sysconfig; print(sys.version.split()[0], "
             "sysconfig.get_config_var('CONFIG_ARGS') or '')")
    out = subprocess.run(command + ["-c", probe], capture_output=True, text=True).stdout.strip()
    version, _, flags = out.partition(" ")
    wanted = ("--enable-optimizations", "--with-lto", "--with-computed-gotos")
    shown = [f for f in wanted if f in flags] or ["no PGO/LTO/computed-gotos flags"]
    return f"CPython {version} at {command[0]} ({', '.join(shown)})"


def ratio(mine, other):
    if mine.best is None or other.best is None:
        return None
    return mine.best / other.best


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


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
    cpython = Runner("CPython", python)
    micro = Runner("MicroPython", interpreter(args.micropython))
    if micro.command is not None:
        # Its default heap (a few MB) is too small for several benchmarks.
        micro.command += ["-X", "heapsize=256M"]
    mpydos = Runner("mpydos", interpreter(args.binary))
    print(describe_cpython(python))
    if micro.command is None:
        print(f"MicroPython: not built ({args.micropython}; make micropython)")
    else:
        print(f"MicroPython: {micro.command[0]}")
    if mpydos.command is None:
        print(f"note: mpydos not found at {args.binary}; only the references run")
    load = os.getloadavg()
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"best of {args.repeat} interleaved runs, CPU seconds (user + system)")
    print(f"{'benchmark':<14}{'CPython':>9}{'MicroPy':>9}{'mpydos':>9}{'/CPython':>10}{'/MicroPy':>10}")
    to_cpython, to_micro = [], []
    broken = 0
    for script in scripts:
        runners = (cpython, micro, mpydos)
        for runner in runners:
            runner.reset()
        for _ in range(args.repeat):
            for runner in runners:
                runner.run(script, args.timeout)
        name = script[:-3]
        if cpython.error is not None:
            print(f"{name:<14}CPython {cpython.error}")
            broken += 1
            continue
        if micro.output is not None and micro.output != cpython.output:
            micro.error = "differs"
        if mpydos.output is not None and mpydos.output != cpython.output:
            mpydos.error = "wrong output"
        cells = [f"{cpython.best:.3f}"]
        for runner in (micro, mpydos):
            if runner.command is None:
                cells.append("-")
            elif runner.error is not None:
                cells.append(runner.error[:8])
            else:
                cells.append(f"{runner.best:.3f}")
        vs_c = ratio(mpydos, cpython) if mpydos.error is None else None
        vs_m = ratio(mpydos, micro) if mpydos.error is None and micro.error is None else None
        if vs_c is not None:
            to_cpython.append(vs_c)
        if vs_m is not None:
            to_micro.append(vs_m)
        line = f"{name:<14}" + "".join(f"{c:>9}" for c in cells)
        line += "".join(f"{(f'{r:.2f}' if r is not None else '-'):>10}" for r in (vs_c, vs_m))
        print(line)
        if mpydos.error is not None and len(mpydos.error) > 8:
            print(f"{'':<14}mpydos: {mpydos.error}")
    summary = [f"{g:.2f} ({len(rs)} of {len(scripts)})" if (g := geomean(rs)) else "-"
               for rs in (to_cpython, to_micro)]
    print(f"geometric mean mpydos/CPython {summary[0]}, mpydos/MicroPython {summary[1]}")
    load = os.getloadavg()
    print(f"load average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
