"""REPL tests on the host: `mpydos` with no script, driven through a
pseudo-terminal with real keystrokes (arrows, Home/End, history, Ctrl keys).

Oracle: each session's plain lines are typed into `python3 -q -S` (CPython's
REPL reading lines without readline, so the terminal's own echo is what is
seen) and the rendered screens must match, the banner aside. mpydos gets
the same lines as edited keystrokes: what is on screen after Enter is what
CPython was given. Ctrl-C is checked on mpydos only: CPython's behaviour
there is racy under a pty (the kernel flushes the output queue on SIGINT).

Usage: run_repl_tests.py MPYDOS_BINARY
"""
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pty_session import Session, render  # noqa: E402

UP, DOWN, RIGHT, LEFT = b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D"
HOME, END, DEL = b"\x1b[H", b"\x1b[F", b"\x1b[3~"
HOME2, END2 = b"\x1b[1~", b"\x1b[4~"
BS, CTRL_A, CTRL_E, CTRL_K, CTRL_U, CTRL_C, CTRL_D = b"\x7f", b"\x01", b"\x05", b"\x0b", b"\x15", b"\x03", b"\x04"

# Each session: steps of (keys typed into mpydos, the line CPython gets).
# keys None: the line typed as is. A session ends with Ctrl-D unless its
# last line leaves.
SESSIONS = {
    "echo_and_underscore": [
        (None, "1+1"), (None, "_ * 10"), (None, "None"), (None, "_"),
        (None, "x = 'é' * 3"), (None, "x"), (None, "[x, 1.5, {1: (2,)}]"),
    ],
    "blocks_end_with_empty_line": [
        (None, "def f(n):"), (None, "    if n:"), (None, "        return n * 2"),
        (None, "    return -1"), (None, ""), (None, "f(4), f(0)"),
        (None, "for i in range(3):"), (None, "    print(i)"), (None, ""),
        (None, "(1,"), (None, "2)"), (None, "'''a"), (None, "b'''"),
        (None, "x = [1,"), (None, ""), (None, "3]"), (None, "x"),
        (None, "if 1: print('one-liner')"), (None, ""),
        (None, ""), (None, "# only a comment"), (None, "7"),
    ],
    "tracebacks_and_syntax_errors": [
        (None, "1/0"), (None, "def g():"), (None, "    return undefined_name"), (None, ""),
        (None, "g()"), (None, "x = = 1"), (None, "print('still here')"),
        (None, "for x in y z:"), (None, "  pass"), (None, "if 1:"), (None, "pass"),
        (None, "raise ValueError('bad')"), (None, "'ok'"),
    ],
    "line_editing_keys": [
        (b"prnt(1)" + LEFT * 5 + b"i\r", "print(1)"),
        (b"x = 12345" + HOME + RIGHT * 4 + DEL + b"y" + END + b"6\r", "x = y23456"),
        (b"y = 1" + CTRL_A + CTRL_K + b"y = 2" + CTRL_E + b"0\r", "y = 20"),
        (b"garbage" + CTRL_U + b"y\r", "y"),
        (b"abc" + BS + BS + b"x" + HOME2 + b"#" + END2 + b"!\r", "#ax!"),
        (b"'a\xc3\xa9b'" + LEFT * 2 + BS + b"\xe2\x82\xac\r", "'a€b'"),
        (b"z = 1" + CTRL_D + LEFT + LEFT + CTRL_D + b"\r", "z =1"),
    ],
    "history": [
        (None, "a = 5"), (None, "a * 2"),
        (UP + b"\r", "a * 2"),
        (UP + UP + UP + BS + b"7\r", "a = 7"),
        (b"draft" + UP + DOWN + b"1\r", "draft1"),
        (UP + UP + UP + DOWN + b"\r", "a = 7"),
        (DOWN + b"a\r", "a"),
    ],
    "sys_exit_status": [(None, "import sys"), (None, "sys.exit(3)")],
    "exit_builtin": [(None, "exit()")],
    "quit_builtin_with_code": [(None, "quit(5)")],
}
# exit() and quit() come from CPython's site module, which -S leaves out.
NEEDS_SITE = {"exit_builtin", "quit_builtin_with_code"}


def run_session(argv, steps, home, use_keys):
    s = Session(argv, home)
    s.wait_prompt()
    alive = True
    for keys, line in steps:
        s.send(keys if use_keys and keys is not None else line.encode() + b"\r")
        alive = s.wait_prompt()
        if not alive:
            break
    if alive:
        s.send(CTRL_D)
    status = s.finish()
    return render(s.raw), status


def strip_banner(screen):
    lines = screen.split("\n")
    assert lines[0].startswith("MPYDOS ") and lines[0].endswith(" on linux"), lines[0]
    assert "Ctrl-D" in lines[1], lines[1]
    return "\n".join(lines[2:])


def check_against_cpython(mpydos, home):
    failures = 0
    for name, steps in SESSIONS.items():
        oracle = ["python3", "-q"] + ([] if name in NEEDS_SITE else ["-S"])
        want, want_status = run_session(oracle, steps, home, False)
        got, status = run_session([mpydos], steps, home, True)
        got = strip_banner(got)
        if (got, status) != (want, want_status):
            failures += 1
            print(f"FAIL {name}: status {status} (CPython {want_status})")
            print("--- CPython\n" + want + "\n--- mpydos\n" + got)
        else:
            print(f"ok   {name}")
    return failures


def expect(name, screen, status, wanted_lines, wanted_status=0):
    lines = screen.split("\n")
    pos = 0
    for w in wanted_lines:
        while pos < len(lines) and lines[pos] != w:
            pos += 1
        if pos == len(lines):
            print(f"FAIL {name}: no line {w!r} (in order) in:\n{screen}")
            return 1
        pos += 1
    if status != wanted_status:
        print(f"FAIL {name}: status {status}, wanted {wanted_status}\n{screen}")
        return 1
    print(f"ok   {name}")
    return 0


def check_ctrl_c(mpydos, home):
    """Ctrl-C at the prompt drops the line; during a statement it interrupts it."""
    s = Session([mpydos], home)
    s.wait_prompt()
    s.send(b"abc" + CTRL_C)
    s.wait_prompt()
    s.send(b"if 1:\r" + b"  x = 1\r" + CTRL_C)
    s.wait_prompt()
    s.send(b"n = 0\r")
    s.wait_prompt()
    s.send(b"def spin():\r    global n\r    print('looping')\r    while True: n += 1\r\r")
    s.wait_prompt()
    s.send(b"spin()\r")
    # Ctrl-C once the statement runs (it printed), not while its line is read.
    deadline = time.time() + 20
    while b"looping\r\n" not in s.raw[s.mark:] and time.time() < deadline:
        s._read_some(deadline)
    s.send(CTRL_C)
    s.wait_prompt()
    s.send(b"n > 0\r")
    s.wait_prompt()
    s.send(CTRL_D)
    status = s.finish()
    screen = strip_banner(render(s.raw))
    return expect("ctrl_c", screen, status, [
        ">>> abc", "KeyboardInterrupt", ">>> if 1:", "...   x = 1", "KeyboardInterrupt",
        ">>> n = 0", ">>> spin()", "looping",
        # the terminal (in line mode while a statement runs) echoes ^C
        "^CTraceback (most recent call last):", '  File "<stdin>", line 1, in <module>',
        '  File "<stdin>", line 4, in spin', "KeyboardInterrupt", ">>> n > 0", "True", ">>>",
    ])


def check_terminal_restored(mpydos, home, killed):
    """After the session (left with Ctrl-D, or killed by SIGTERM while a line
    is typed) the terminal is back in line mode: `stty` sees icanon and echo."""
    s = Session(["sh", "-c", f"{mpydos}; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo"], home)
    s.wait_prompt()
    s.send(b"1\r")
    s.wait_prompt()
    if killed:
        s.send(b"half a line")
        child = subprocess.run(["pgrep", "-P", str(s.pid)], capture_output=True, text=True)
        os.kill(int(child.stdout.split()[0]), signal.SIGTERM)
    else:
        s.send(CTRL_D)
    status = s.finish()
    name = "terminal_restored_after_sigterm" if killed else "terminal_restored"
    return expect(name, render(s.raw), status, ["icanon", "echo"])


def main():
    mpydos = str(Path(sys.argv[1]).resolve())
    home = tempfile.mkdtemp()  # no ~/.python_history for CPython
    failures = check_against_cpython(mpydos, home)
    failures += check_ctrl_c(mpydos, home)
    failures += check_terminal_restored(mpydos, home, killed=False)
    failures += check_terminal_restored(mpydos, home, killed=True)
    if failures:
        print(f"{failures} REPL test(s) failed")
        sys.exit(1)
    print("all REPL tests passed")


if __name__ == "__main__":
    main()
