"""Running one test script as a child process: its directory, arguments and
stdin, a timeout, a cap on runaway output, and the Ctrl-C of '# interrupt:'
tests (SIGINT on the host, a ^C byte on stdin for dosrun)."""

import os
import resource
import signal
import subprocess
import threading
import time
from dataclasses import dataclass

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


# A '# memory:' limit on the host adds this much room: a 64-bit process's
# libraries, and the python3 oracle's own start-up heap, need it.
HOST_BASE_MB = 16
OUTPUT_LIMIT = 16 << 20  # bytes per stream; a runaway print loop is killed
INTERRUPT_DELAY = 0.3  # seconds between the script's first output and Ctrl-C


def run_script(test, command, timeout, ctrl_c_on_stdin=False, limit_memory=True):
    """Run `command + [script name] + args` (or `-c SOURCE` for '# mode: -c')
    in the script's directory. A '# memory: MB' test runs with its data
    segment (RLIMIT_DATA, which covers malloc and mmap) limited to MB MiB
    plus HOST_BASE_MB when limit_memory (the host; under dosrun the caller
    passes --mem MB). For a
    test with '# interrupt:', Ctrl-C follows its first output: SIGINT on the
    host, a ^C byte on stdin for dosrun (ctrl_c_on_stdin)."""
    stdin_data = b""
    if test.stdin_path:
        with open(test.stdin_path, "rb") as f:
            stdin_data = f.read()
    keep_stdin_open = test.interrupt and ctrl_c_on_stdin
    if test.as_command:
        with open(test.path, encoding="utf-8") as f:
            program = ["-c", f.read()]
    else:
        program = [os.path.basename(test.path)]
    proc = subprocess.Popen(
        command + program + test.args,
        cwd=os.path.dirname(test.path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=CHILD_ENV,
        start_new_session=True,
        preexec_fn=_memory_limit(test.memory_mb) if limit_memory and test.memory_mb else None,
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


def _memory_limit(mb):
    """A preexec_fn that caps the child's data segment at `mb` MiB plus
    HOST_BASE_MB."""
    limit = (mb + HOST_BASE_MB) << 20

    def apply():
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    return apply


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
