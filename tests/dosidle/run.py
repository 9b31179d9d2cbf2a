#!/usr/bin/env python3
"""Sleeping on DOS under every DOS idle style: MPYDOS.EXE runs SLEEPS.PY
under dosrun's virtual clock (deterministic: time is counted in emulated
instructions and skipped while the CPU waits) with each INT 2Fh AX=1680h
model: `hlt` (FreeDOS's FDAPM: HLT until the next timer interrupt),
`return` (a handler that returns at once), `none` (no handler) and `slice`
(a multitasker giving up a slice). Each must wake every sleep within 2 ms of
its deadline AND spend the long sleep with the CPU given up: dosrun's --stats
count the time the CPU was halted, which must cover 90% of it, and how often
it was woken (HLTs and idle calls): where MPYDOS halts itself (`return`,
`none`) at most once per 10 ms asleep (a timer ticking at 1 kHz throughout
would wake it 100 times as often); a handler that waits keeps 1 kHz.
Then LOSTTICK.PY sleeps 20 s with dosrun dropping 30% of the timer
interrupts (--lose-irq0): by DOS's time of day the sleep must take at most
LOST_LATE_MS longer (the clock finds lost interrupts by the CMOS clock,
which has whole seconds; without that it took 28.5 s).

Usage: run.py DOSRUN MPYDOS.EXE
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = ["hlt", "return", "none", "slice"]
LATE_MAX_US = 2000
LONG_MS = 2000
HALTED_SHARE = 0.9
MS_ASLEEP_PER_WAKE = 10
SELF_HALTING = ("return", "none")
LOST_PERCENT = 30
LOST_LATE_MS = 3000


def run(dosrun, exe, model, script="SLEEPS.PY", options=()):
    cmd = [dosrun, "--timeout", "120", "--mips", "100", "--stats", "--idle", model,
           *options, "--drive", HERE, os.path.abspath(exe), script]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if r.returncode != 0:
        return None, f"exit {r.returncode}: {r.stderr.strip()[-400:]}"
    values = dict(line.split() for line in r.stdout.split("\n") if line.strip())
    halted = re.search(r"CPU given up: (\d+) us", r.stderr)
    values["halted_ms"] = int(halted.group(1)) // 1000 if halted else 0
    halts = re.search(r"HLT: (\d+)", r.stderr)
    idles = re.search(r"idle calls: (\d+)", r.stderr)
    values["wakes"] = max(int(halts.group(1)) if halts else 0,
                          int(idles.group(1)) if idles else 0)
    return {k: int(v) for k, v in values.items()}, None


def main():
    dosrun, exe = sys.argv[1], sys.argv[2]
    failed = 0
    for model in MODELS:
        values, error = run(dosrun, exe, model)
        if error:
            print(f"FAIL --idle {model}: {error}")
            failed += 1
            continue
        late = max(values["sleep_ms"], values["sleep"], values["asyncio"])
        problems = []
        if late > LATE_MAX_US or min(values["sleep_ms"], values["sleep"], values["asyncio"]) < 0:
            problems.append(f"a sleep ended {late} us late (at most {LATE_MAX_US})")
        if not LONG_MS <= values["long"] <= LONG_MS + 2:
            problems.append(f"time.sleep(2) took {values['long']} ms")
        if values["halted_ms"] < HALTED_SHARE * LONG_MS:
            problems.append(f"CPU given up for {values['halted_ms']} ms of all the sleeping")
        if model in SELF_HALTING and values["wakes"] > values["halted_ms"] // MS_ASLEEP_PER_WAKE:
            problems.append(f"woken {values['wakes']} times in {values['halted_ms']} ms asleep")
        status = "FAIL" if problems else "ok"
        failed += bool(problems)
        print(f"{status:4} --idle {model:6} latest wake: sleep_ms {values['sleep_ms']} us, "
              f"sleep {values['sleep']} us, asyncio {values['asyncio']} us; "
              f"sleep(2) {values['long']} ms, CPU halted {values['halted_ms']} ms, "
              f"{values['wakes']} wake-ups"
              + "".join(f"\n     {p}" for p in problems))
    for model in ("none", "hlt"):
        values, error = run(dosrun, exe, model, "LOSTTICK.PY",
                            ("--lose-irq0", str(LOST_PERCENT)))
        late = values["lost_sleep_ms"] - 20_000 if values else None
        ok = late is not None and 0 <= late <= LOST_LATE_MS
        failed += not ok
        print(f"{'ok' if ok else 'FAIL':4} --idle {model:6} --lose-irq0 {LOST_PERCENT}: "
              + (error or f"time.sleep(20) took {values['lost_sleep_ms']} ms by DOS's clock"))
    print(f"{len(MODELS) + 2 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
