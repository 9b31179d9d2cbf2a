"""Running one test script and judging the run against its expectation files
(NAME.exp stdout bytes, NAME.status non-zero exit status, NAME.err stderr).

The stderr normalisation rules (script paths, CPython 3.11 position markers)
are documented in tests/py/README.md.
"""

import difflib
import os
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass

MAX_DIFF_LINES = 60
DIFF_INPUT_LIMIT = 64 << 10  # characters of each side fed to difflib
FRAME_HEADER = re.compile(r'^\s*File ".*", line \d+, in ')
MARKER_LINE = re.compile(r"^[\s^~]*[\^~][\s^~]*$")
CHILD_ENV = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1", PYTHONHASHSEED="0")
for _var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONWARNINGS"):
    CHILD_ENV.pop(_var, None)


@dataclass
class Run:
    """What one run of a script produced."""

    stdout: bytes
    stderr: bytes
    status: int  # exit status; negative: killed by that signal
    timed_out: bool = False
    flooded: bool = False  # killed for writing more than OUTPUT_LIMIT


OUTPUT_LIMIT = 16 << 20  # bytes per stream; a runaway print loop is killed


INTERRUPT_DELAY = 0.3  # seconds between the script's first output and Ctrl-C


def run_script(test, command, timeout, ctrl_c_on_stdin=False):
    """Run `command + [script name] + args` in the script's directory. For a
    test with '# interrupt:', Ctrl-C follows its first output: SIGINT on the
    host, a ^C byte on stdin for dosrun (ctrl_c_on_stdin)."""
    stdin_data = b""
    if test.stdin_path:
        with open(test.stdin_path, "rb") as f:
            stdin_data = f.read()
    keep_stdin_open = test.interrupt and ctrl_c_on_stdin
    proc = subprocess.Popen(
        command + [os.path.basename(test.path)] + test.args,
        cwd=os.path.dirname(test.path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=CHILD_ENV,
        start_new_session=True,
    )
    first_output = threading.Event()
    flooded = threading.Event()
    readers = [_Reader(proc.stdout, proc, flooded, first_output), _Reader(proc.stderr, proc, flooded)]
    feeder = threading.Thread(target=_feed, args=(proc.stdin, stdin_data, not keep_stdin_open), daemon=True)
    feeder.start()
    if test.interrupt:
        threading.Thread(target=_interrupt, args=(proc, first_output, ctrl_c_on_stdin), daemon=True).start()
    try:
        proc.wait(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        _kill(proc)
        proc.wait()
        timed_out = True
    for reader in readers:
        reader.join()
    feeder.join(timeout=1)
    if keep_stdin_open:
        _close(proc.stdin)
    out, err = (b"".join(r.chunks) for r in readers)
    return Run(out, err, proc.returncode, timed_out, flooded.is_set())


def _feed(stream, data, close):
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        pass
    if close:
        _close(stream)


def _close(stream):
    try:
        stream.close()
    except BrokenPipeError:
        pass


def _interrupt(proc, first_output, on_stdin):
    """Ctrl-C once the script has printed (so it is past start-up)."""
    if not first_output.wait(timeout=60) or proc.poll() is not None:
        return
    time.sleep(INTERRUPT_DELAY)
    if proc.poll() is not None:
        return
    if on_stdin:
        _feed(proc.stdin, b"\x03", close=False)
    else:
        os.kill(proc.pid, signal.SIGINT)


class _Reader(threading.Thread):
    """Collects one output stream, killing the process past OUTPUT_LIMIT."""

    def __init__(self, stream, proc, flooded, got_output=None):
        super().__init__(daemon=True)
        self.stream, self.proc, self.flooded = stream, proc, flooded
        self.got_output = got_output or threading.Event()
        self.chunks = []
        self.start()

    def run(self):
        total = 0
        for chunk in iter(lambda: self.stream.read1(65536), b""):
            self.got_output.set()
            total += len(chunk)
            if total > OUTPUT_LIMIT:
                self.flooded.set()
                _kill(self.proc)
            else:
                self.chunks.append(chunk)
        self.stream.close()


def _kill(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def relative_paths(text, script_dir):
    """`File "/abs/dir/x.py"` (CPython) and `File "C:\\x.py"` become `File "x.py"`."""
    for prefix in {script_dir, os.path.realpath(script_dir)}:
        text = text.replace(f'File "{prefix}{os.sep}', 'File "')
    return re.sub(r'File "[A-Za-z]:\\', 'File "', text)


def normalize_stderr(data, script_dir):
    """Traceback text with script paths made relative and the 3.11 position
    marker lines (only ^ and ~ under a frame's source line) removed."""
    text = relative_paths(data.decode("utf-8", "replace"), script_dir).replace("\r\n", "\n")
    kept = []
    after_frame_source = False
    previous_was_header = False
    for line in text.split("\n"):
        if after_frame_source and MARKER_LINE.match(line):
            after_frame_source = False
            continue
        after_frame_source = previous_was_header
        previous_was_header = bool(FRAME_HEADER.match(line))
        kept.append(line)
    return "\n".join(kept)


def read_expected(test):
    """(stdout bytes, exit status, stderr text or None); stdout None if missing."""
    stdout = None
    if os.path.exists(test.sibling(".exp")):
        with open(test.sibling(".exp"), "rb") as f:
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
    With crlf_console (DOS), CR LF in the output counts as LF."""
    want_out, want_status, want_err = read_expected(test)
    if want_out is None:
        return "unexpected", f"no {os.path.basename(test.sibling('.exp'))}: run `make expect`"
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
