#!/usr/bin/env python3
"""make bench-mem: what MPYDOS's memory goes to, as figures (a report, not a
test). For the DOS build under `dosrun --mem 3` (the DPMI memory of a 4 MB
PC): EXE bytes, resident image + stack (the ELF's sections), free memory at
start and after `import asyncio`, bytes per 2-attribute instance and per
task waiting on a sleep (gc.mem_free deltas, allocator overhead included),
start-up instructions. On the host: the same per-object figures (mpydos's
gc.mem_alloc, CPython's tracemalloc) and the peak RSS of 100,000 instances
against python3's.

    python3 benches/memory/report.py [--exe dist/MPYDOS.EXE] [--elf ELF]
        [--dosrun target/release/dosrun] [--mpydos target/release/mpydos]
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# Objects made per figure on DOS: few enough to fit a 4 MB PC.
DOS_COUNT = 100


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exe", default=os.path.join(ROOT, "dist/MPYDOS.EXE"))
    p.add_argument("--elf", default=os.path.join(ROOT, "target/i486-pc-msdos/dos/mpydos"))
    p.add_argument("--dosrun", default=os.path.join(ROOT, "target/release/dosrun"))
    p.add_argument("--mpydos", default=os.path.join(ROOT, "target/release/mpydos"))
    return p.parse_args()


def run(command, cwd=None):
    p = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        sys.exit(f"bench-mem: {' '.join(command)} failed ({p.returncode}):\n"
                 f"{p.stdout[-600:]}{p.stderr[-600:]}")
    return p.stdout, p.stderr


def resident(elf):
    """Image (.text, .data, .bss: the stack is the end of .bss) in bytes."""
    out, _ = run(["size", "-A", elf])
    sizes = dict(re.findall(r"^(\.\w+)\s+(\d+)", out, re.M))
    return {name: int(sizes.get(name, 0)) for name in (".text", ".data", ".bss")}


def peak_rss_kb(command):
    """Peak RSS of one child (ru_maxrss of the children so far only grows,
    so each command runs in its own python3 that reports it)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
             "stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out, _ = run([sys.executable, "-c", probe, *command])
    return int(out.split()[-1])


def main():
    args = parse_args()
    for path in (args.exe, args.elf, args.dosrun, args.mpydos):
        if not os.path.exists(path):
            sys.exit(f"{path}: missing (make dist build)")
    print(f"MPYDOS.EXE: {os.path.getsize(args.exe):,} bytes")
    sections = resident(args.elf)
    print("resident at start (image + stack): {:,} bytes (.text {:,}, .data {:,}, "
          ".bss + stack {:,})".format(sum(sections.values()), *sections.values()))
    with tempfile.TemporaryDirectory() as drive:
        shutil.copy(args.exe, os.path.join(drive, "MPYDOS.EXE"))
        shutil.copy(os.path.join(HERE, "objsize.py"), os.path.join(drive, "OBJSIZE.PY"))
        open(os.path.join(drive, "EMPTY.PY"), "w").close()
        out, _ = run([args.dosrun, "--mem", "3", "MPYDOS.EXE", "OBJSIZE.PY", str(DOS_COUNT)],
                     cwd=drive)
        print("DOS, dosrun --mem 3 (a 4 MB PC):")
        for line in out.splitlines():
            print("  " + line.strip())
        _, err = run([args.dosrun, "--stats", "MPYDOS.EXE", "EMPTY.PY"], cwd=drive)
        found = re.search(r"instructions: (\d+)", err)
        print(f"  start-up (an empty script): {int(found.group(1)):,} instructions")
    script = os.path.join(HERE, "objsize.py")
    for name, binary in (("mpydos", args.mpydos), ("python3", sys.executable)):
        out, _ = run([binary, script])
        print(f"host, {name}:")
        for line in out.splitlines()[2:]:
            print("  " + line.strip())
    many = os.path.join(HERE, "many.py")
    ours = peak_rss_kb([args.mpydos, many])
    theirs = peak_rss_kb([sys.executable, many])
    print(f"host peak RSS, 100,000 2-attribute instances: mpydos {ours:,} KB, "
          f"python3 {theirs:,} KB (ratio {ours / theirs:.2f})")


main()
