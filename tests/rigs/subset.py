#!/usr/bin/env python3
"""The DOS test subset (tests/py/dos_subset.txt) on a DOS we did not write:

    subset.py dosbox MPYDOS.EXE [PATTERN...]        DOSBox 0.74 + CWSDPMI
    subset.py qemu MPYDOS.EXE [--fdapm] [PATTERN...] QEMU -cpu 486 + FreeDOS
                                                    + CWSDPMI (+ FDAPM APMDOS)

The tests are shared between PCS PCs running at once; each PC runs its
share in one boot (a batch file of RUNT.COM lines); a test that
makes no progress for STALL_S seconds is counted as a timeout and the rest
run in a new boot. Outputs are judged as run_py.py --dos judges them, with
the rig's own known-failures list (tests/rigs/known_RIG.txt: each line says
why, with the proof). The last line is "RIG: N passed, N failed, N skipped
in S s"; the exit status is 0 only if nothing failed."""

import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import batch
import disk
import dosbox
import parts
import qemu

STALL_S = 300  # no test finished for this long: a hang (never a timing check)
POLL_S = 0.5
# PCs run side by side, each with a share of the tests (CI has 2 cores).
PCS = 2
PC_MB = 16


def finished(results, jobs):
    return {j.base for j in jobs if os.path.exists(os.path.join(results, j.base + ".RC"))}


def watch(jobs, results, alive, stop):
    """Wait while tests finish; False if the rig stalled (it is then ended)."""
    done, last = set(), time.monotonic()
    while alive():
        now = finished(results, jobs)
        if now != done:
            done, last = now, time.monotonic()
        if time.monotonic() - last > STALL_S:
            stop()
            return False
        time.sleep(POLL_S)
    return True


def boot_dosbox(jobs, folder, exe, memory_mb):
    batch.stage(jobs, folder, exe)
    shutil.copy(parts.part("CWSDPMI.EXE"), os.path.join(folder, "CWSDPMI.EXE"))
    proc = dosbox.start(folder, ["CWSDPMI.EXE -p -s-", "CALL RUN.BAT"], memory_mb)
    results = os.path.join(folder, batch.RESULTS)
    clean = watch(jobs, results, lambda: proc.poll() is None, proc.kill)
    proc.wait()
    return results, clean


def boot_qemu(jobs, folder, exe, fdapm, memory_mb):
    cdrive = os.path.join(folder, "C")
    os.makedirs(cdrive)
    batch.stage(jobs, cdrive, exe, progress_line=lambda j: f"ECHO {j.base}>COM1")
    files, lines = qemu.floppy_parts(fdapm=fdapm)
    floppy, hdd = os.path.join(folder, "A.IMG"), os.path.join(folder, "C.IMG")
    disk.boot_floppy(floppy, files, qemu.autoexec(lines, ["C:", "CALL C:\\RUN.BAT"]))
    disk.hard_disk(hdd, cdrive)
    pc = qemu.Machine(folder, floppy, hdd, memory_mb=memory_mb).start()
    done, last, clean = set(), time.monotonic(), True
    while pc.running():
        now = set(pc.lines())
        if now != done:
            done, last = now, time.monotonic()
        if time.monotonic() - last > STALL_S:
            clean = False
            break
        time.sleep(POLL_S)
    pc.stop()
    results = os.path.join(folder, "OUT")
    disk.copy_out(hdd, batch.RESULTS, results)
    return results, clean


def run_shard(rig, name, shard, jobs, memory_mb, exe, fdapm):
    """Run `jobs` on one PC, rebooting after a hang: [(job, run or None)]."""
    outcome, pending, boots = [], jobs, 0
    while pending:
        boots += 1
        folder = parts.fresh_dir(name, f"pc{shard}-boot{boots}")
        if rig == "dosbox":
            results, clean = boot_dosbox(pending, folder, exe, memory_mb)
        else:
            results, clean = boot_qemu(pending, folder, exe, fdapm, memory_mb)
        runs = [batch.read_result(results, j) for j in pending]
        ran = [i for i, run in enumerate(runs) if run is not None]
        if clean and not ran and boots == 1:
            # Seen once in three QEMU runs on a loaded machine: every test
            # ran (COM1 says so) but the disk came back without a result.
            # Say so and boot once more; a second loss counts as failures.
            print(f"{name}: PC {shard} came back with no results; booting it again")
            continue
        # After a stall, the test after the last one that finished hung.
        upto = len(pending) if clean else (ran[-1] + 2 if ran else 1)
        outcome += list(zip(pending[:upto], runs[:upto]))
        pending = pending[upto:]
    return outcome, boots


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] not in ("dosbox", "qemu"):
        sys.exit(__doc__)
    rig, exe = args[0], os.path.abspath(args[1])
    fdapm = "--fdapm" in args
    patterns = [a for a in args[2:] if a != "--fdapm"]
    name = f"{rig}-fdapm" if fdapm else rig
    suite = f"rig-{name}"
    if rig == "dosbox":
        parts.require(suite, ["CWSDPMI.EXE"], ["dosbox", "nasm"])
    else:
        parts.require(suite, ["CWSDPMI.EXE", "KERNEL.SYS", "COMMAND.COM", "boot.asm"]
                      + (["FDAPM.COM"] if fdapm else []),
                      ["qemu-system-i386", "mcopy", "mkfs.fat", "nasm"])
    started = time.monotonic()
    parts.fresh_dir(name)  # no folders left from an earlier run
    jobs = batch.jobs_for(batch.subset_tests(patterns))
    # A '# memory: MB' test runs on its own PC of that much memory (plus
    # 1 MB for DOS).
    plain = [j for j in jobs if not j.test.memory_mb]
    shards = [(plain[i::PCS], PC_MB) for i in range(PCS) if plain[i::PCS]]
    shards += [([j], j.test.memory_mb + 1) for j in jobs if j.test.memory_mb]
    with ThreadPoolExecutor(PCS) as pool:
        done = list(pool.map(lambda i: run_shard(rig, name, i, *shards[i], exe, fdapm),
                             range(len(shards))))
    tally = batch.Tally(batch.read_known(os.path.join(parts.HERE, f"known_{rig}.txt")))
    for job, run in sorted((pair for outcome, _ in done for pair in outcome),
                           key=lambda pair: pair[0].base):
        tally.judge(job, run)
    boots = sum(b for _, b in done)
    took = time.monotonic() - started
    print(f"{suite}: {len(jobs)} tests on {min(PCS, len(shards))} PC(s) at once, {boots} boot(s), "
          f"{took:.0f} s")
    print(f"{suite}: {tally.summary()}")
    sys.exit(1 if tally.failed else 0)


if __name__ == "__main__":
    main()
