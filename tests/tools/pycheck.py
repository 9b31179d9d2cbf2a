"""Judging a run of a test script against its expectation files (NAME.exp
stdout bytes, NAME.status non-zero exit status, NAME.err stderr), recording
them from CPython, and showing differences.

The stderr normalisation rule (script paths) is documented in
tests/py/README.md; CPython 3.11's position marker lines (`~~^~~`) are
compared like any other line.
"""

import difflib
import os
import re

from pyrun import OUTPUT_LIMIT

MAX_DIFF_LINES = 60
DIFF_INPUT_LIMIT = 64 << 10  # characters of each side fed to difflib


def relative_paths(text, script_dir):
    """`File "/abs/dir/x.py"` (CPython) and `File "C:\\x.py"` become `File "x.py"`."""
    for prefix in {script_dir, os.path.realpath(script_dir)}:
        text = text.replace(f'File "{prefix}{os.sep}', 'File "')
    return re.sub(r'File "[A-Za-z]:\\', 'File "', text)


def normalize_stderr(data, script_dir):
    """Traceback text with script paths made relative and CR LF as LF."""
    return relative_paths(data.decode("utf-8", "replace"), script_dir).replace("\r\n", "\n")


def stdout_file(test, dos):
    """NAME.exp, or NAME.dos.exp for a DOS run of a '# dos-text: crlf' test."""
    return test.sibling(".dos.exp" if dos and test.dos_crlf_text else ".exp")


def read_expected(test, dos=False):
    """(stdout bytes, exit status, stderr text or None); stdout None if missing."""
    stdout = None
    if os.path.exists(stdout_file(test, dos)):
        with open(stdout_file(test, dos), "rb") as f:
            stdout = f.read()
    status = 0
    if os.path.exists(test.sibling(".status")):
        with open(test.sibling(".status"), encoding="ascii") as f:
            status = int(f.read().strip())
    stderr = None
    if test.checks_stderr and os.path.exists(test.sibling(".err")):
        with open(test.sibling(".err"), "rb") as f:
            stderr = normalize_stderr(f.read(), os.path.dirname(test.path))
    return stdout, status, stderr


def write_dos_expected(test, run):
    """Record the run of a '# dos-text: crlf' test under crlf_text.py."""
    with open(test.sibling(".dos.exp"), "wb") as f:
        f.write(run.stdout)


def write_expected(test, run):
    """Record a CPython run as the test's expectation files."""
    with open(test.sibling(".exp"), "wb") as f:
        f.write(run.stdout)
    _write_or_remove(test.sibling(".status"), f"{run.status}\n" if run.status else None)
    stderr = None
    if test.checks_stderr:
        stderr = relative_paths(run.stderr.decode("utf-8", "replace"), os.path.dirname(test.path))
    _write_or_remove(test.sibling(".err"), stderr)


def _write_or_remove(path, content):
    if content is None:
        if os.path.exists(path):
            os.remove(path)
        return
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(content)


def judge(test, run, crlf_console):
    """(one-word reason, report text) for a failed run, or None if it passed.
    With crlf_console (DOS), CR LF in the output counts as LF and a
    '# dos-text: crlf' test's stdout is compared with NAME.dos.exp."""
    want_out, want_status, want_err = read_expected(test, dos=crlf_console)
    if want_out is None:
        return "unexpected", f"no {os.path.basename(stdout_file(test, crlf_console))}: run `make expect`"
    got_out = run.stdout.replace(b"\r\n", b"\n") if crlf_console else run.stdout
    problems = []
    reason = None
    if run.timed_out:
        reason = "timeout"
        problems.append("timed out")
    elif run.flooded:
        reason = "output"
        problems.append(f"killed after more than {OUTPUT_LIMIT >> 20} MiB of output")
    elif run.status < 0:
        reason = "crash"
        problems.append(f"killed by signal {-run.status}")
    elif run.status != want_status:
        reason = "status"
        problems.append(f"exit status {run.status}, expected {want_status}")
    if got_out != want_out:
        reason = reason or "stdout"
        problems.append("stdout differs:\n" + show_diff(want_out, got_out))
    if want_err is not None:
        got_err = normalize_stderr(run.stderr, os.path.dirname(test.path))
        if got_err != want_err:
            reason = reason or "stderr"
            problems.append("stderr differs:\n" + show_diff(want_err, got_err))
    if not problems:
        return None
    if run.stderr and want_err is None:
        problems.append("stderr was:\n" + tail(run.stderr))
    return reason, "\n".join(problems)


def show_diff(want, got):
    """A unified diff, expected (python3) first; capped for readability."""
    if isinstance(want, bytes):
        want = want.decode("utf-8", "replace")
        got = got.decode("utf-8", "replace")
    want, got = want[:DIFF_INPUT_LIMIT], got[:DIFF_INPUT_LIMIT]
    lines = list(
        difflib.unified_diff(
            want.splitlines(True), got.splitlines(True), "expected (python3)", "got", n=2
        )
    )
    if not lines:
        return f"  (same text, different bytes) expected {want[:200]!r}, got {got[:200]!r}"
    shown = [line if line.endswith("\n") else line + "\\ (no newline at end)\n" for line in lines]
    if len(shown) > MAX_DIFF_LINES:
        shown = shown[:MAX_DIFF_LINES] + [f"... ({len(lines) - MAX_DIFF_LINES} more diff lines)\n"]
    return "".join("  " + line for line in shown).rstrip("\n")


def tail(data, lines=15):
    text = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    return "\n".join("  " + line for line in text[-lines:])
