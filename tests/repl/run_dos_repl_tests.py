"""REPL tests on DOS: MPYDOS.EXE under dosrun with the sessions of
run_repl_tests.py typed on stdin (dosrun turns the bytes, ANSI arrow
sequences included, into BIOS keystrokes read through INT 16h). The
rendered screen must match python3's REPL given the plain lines, as on the
host. Steps with non-ASCII text are left out: the DOS editor takes ASCII
only (code page 437 input is not decoded).

Usage: run_dos_repl_tests.py DOSRUN MPYDOS.EXE
"""
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pty_session import render  # noqa: E402
from run_repl_tests import NEEDS_SITE, SESSIONS, expect, run_session  # noqa: E402

CTRL_Z_ENTER = b"\x1a\r"


def dos_session(dosrun, exe, steps, drive):
    keys = b"".join(k if k is not None else line.encode() + b"\r" for k, line in steps)
    leaves = steps[-1][1].startswith(("exit(", "quit(", "sys.exit("))
    if not leaves:
        keys += CTRL_Z_ENTER
    run = subprocess.run([dosrun, "--timeout", "120", "--drive", drive, exe], input=keys,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    screen = render(run.stdout).split("\n")
    assert screen[0].startswith("MPYDOS ") and screen[0].endswith(" on dos"), screen[0]
    assert "Ctrl-Z then Enter" in screen[1], screen[1]
    return screen[2:], run.returncode, leaves


def check_ctrl_c(dosrun, exe, drive):
    """Ctrl-C drops the line at the prompt; typed ahead of a running
    statement, it interrupts it (MPYDOS polls the BIOS buffer for ^C)."""
    keys = (b"abc\x03n = 0\rdef spin():\r    global n\r    print('looping')\r"
            b"    while True: n += 1\r\rspin()\r\x03n > 0\r" + CTRL_Z_ENTER)
    run = subprocess.run([dosrun, "--timeout", "120", "--drive", drive, exe], input=keys,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    # DOS finds a typed-ahead ^C while the editor echoes and prints "^C".
    return expect("dos ctrl_c", render(run.stdout), run.returncode, [
        ">>> ab^C", "c", "KeyboardInterrupt", ">>> n = 0", ">>> spin()^C",
        "Traceback (most recent call last):", '  File "<stdin>", line 1, in <module>',
        "KeyboardInterrupt", ">>> n > 0", "False", ">>> ^Z",
    ])


def main():
    dosrun, exe = (str(Path(a).resolve()) for a in sys.argv[1:3])
    home, drive = tempfile.mkdtemp(), tempfile.mkdtemp()
    failures = 0
    for name, steps in SESSIONS.items():
        steps = [(k, line) for k, line in steps if line.isascii() and (k or b"").isascii()]
        oracle = ["python3", "-q"] + ([] if name in NEEDS_SITE else ["-S"])
        want, want_status = run_session(oracle, steps, home, False)
        want = want.split("\n")
        got, status, leaves = dos_session(dosrun, exe, steps, drive)
        if not leaves:
            # The session ends with Ctrl-D on the host, "^Z" Enter on DOS.
            want, got = want[:-2] + [">>>"], got[:-2] + [got[-2].replace("^Z", "").rstrip()]
        if (got, status) != (want, want_status):
            failures += 1
            print(f"FAIL dos {name}: status {status} (CPython {want_status})")
            print("--- CPython\n" + "\n".join(want) + "\n--- MPYDOS.EXE\n" + "\n".join(got))
        else:
            print(f"ok   dos {name}")
    failures += check_ctrl_c(dosrun, exe, drive)
    if failures:
        print(f"{failures} DOS REPL test(s) failed")
        sys.exit(1)
    print("all DOS REPL tests passed")


if __name__ == "__main__":
    main()
