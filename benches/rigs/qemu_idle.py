#!/usr/bin/env python3
"""How MPYDOS.EXE sleeps on QEMU -cpu 486 + FreeDOS + CWSDPMI, with and
without FDAPM APMDOS (whose idle call HLTs until the next tick): the median
and worst lateness of 10 ms sleeps as the PC measures it, and, for 5 s of
time.sleep, of asyncio.sleep and of busy work, the PC's own count of the
time, the host's wall time and the host CPU that QEMU used meanwhile (from
/proc). A measurement for issue 10, not a test: it prints, it never fails
on a number.

Usage: qemu_idle.py MPYDOS.EXE"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "rigs"))
import disk  # noqa: E402
import parts  # noqa: E402
import qemu  # noqa: E402

BOOT_GUARD_S = 300  # the whole boot; a hang ends the run, never a timing check
POLL_S = 0.01
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User + system CPU time of a process (all its threads), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def boot(exe, fdapm):
    """Runs IDLE.PY on a fresh PC; {line: (host time, QEMU CPU s)} per line."""
    folder = parts.fresh_dir("idle", "fdapm" if fdapm else "plain")
    cdrive = os.path.join(folder, "C")
    os.makedirs(cdrive)
    with open(os.path.join(HERE, "IDLE.PY"), "rb") as src, \
            open(os.path.join(cdrive, "IDLE.PY"), "wb") as dst:
        dst.write(src.read())
    with open(exe, "rb") as src, open(os.path.join(cdrive, "MPYDOS.EXE"), "wb") as dst:
        dst.write(src.read())
    files, lines = qemu.floppy_parts(fdapm=fdapm)
    floppy, hdd = os.path.join(folder, "A.IMG"), os.path.join(folder, "C.IMG")
    disk.boot_floppy(floppy, files, qemu.autoexec(lines, ["C:", "MPYDOS IDLE.PY >COM1"]))
    disk.hard_disk(hdd, cdrive)
    pc = qemu.Machine(folder, floppy, hdd).start()
    seen, deadline = {}, time.monotonic() + BOOT_GUARD_S
    while pc.running() and time.monotonic() < deadline:
        now, cpu = time.monotonic(), cpu_seconds(pc.proc.pid)
        for line in pc.lines():
            seen.setdefault(line, (now, cpu))
        time.sleep(POLL_S)
    pc.stop()
    return seen


def report(name, seen):
    print(f"{name}:")
    late = {l.split()[1]: l.split()[2] for l in seen if l.startswith("LATE ")}
    if late:
        print("  lateness of 20 x 10 ms (median/worst): " +
              ", ".join(f"{k} {v} us" for k, v in late.items()))
    for work in ("sleep", "asyncio", "busy"):
        begin = seen.get(f"BEGIN {work}")
        end = next(((l, t) for l, t in seen.items() if l.startswith(f"END {work} ")), None)
        if not begin or not end:
            print(f"  {work}: no result (COM1: {list(seen)[-3:]})")
            continue
        (line, (t1, c1)), (t0, c0) = end, begin
        print(f"  5 s {work:7}: PC counted {line.split()[2]} ms, host wall "
              f"{(t1 - t0) * 1000:.0f} ms, QEMU CPU {c1 - c0:.2f} s")


def main():
    exe = os.path.abspath(sys.argv[1])
    parts.require("bench-rig-idle", ["CWSDPMI.EXE", "FDAPM.COM", "KERNEL.SYS",
                                     "COMMAND.COM", "boot.asm"],
                  ["qemu-system-i386", "mcopy", "mkfs.fat", "nasm"])
    load = os.getloadavg()[0]
    print(f"QEMU -cpu 486, FreeDOS, CWSDPMI; host load {load:.1f}; "
          f"poll {POLL_S * 1000:.0f} ms, CPU clock {1000 // TICKS} ms")
    for fdapm in (False, True):
        report("with FDAPM APMDOS" if fdapm else "without an idle handler", boot(exe, fdapm))


if __name__ == "__main__":
    main()
