"""Drives an interactive interpreter through a pseudo-terminal and renders
what it printed on a model screen, so the session reads as the user saw it.

Used by run_repl_tests.py for both `mpydos` and the oracle `python3 -q`.
"""
import os
import pty
import re
import select
import signal
import time

PROMPTS = (b">>> ", b"... ")
WAIT_LIMIT_S = 20  # a hang fails the test, it is not a timing assertion


class Session:
    def __init__(self, argv, home):
        env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "TERM": "xterm",
               "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(argv[0], argv, env)
        self.raw = b""
        self.mark = 0  # output before this was there when keys were last sent

    def _read_some(self, deadline):
        r, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.time()))
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:
            return None
        if not data:
            return None
        self.raw += data
        return True

    def wait_prompt(self):
        """Reads until the output ends with a prompt; False at end of output."""
        deadline = time.time() + WAIT_LIMIT_S
        while len(self.raw) <= self.mark or not self.raw.endswith(PROMPTS):
            got = self._read_some(deadline)
            if got is None:
                return False
            if got is False:
                raise TimeoutError("no prompt; output so far:\n" + render(self.raw))
        return True

    def send(self, keys):
        """Types `keys`; the next wait_prompt waits for a prompt after them."""
        self.mark = len(self.raw)
        os.write(self.fd, keys)

    def finish(self):
        """Reads to the end; returns the exit status."""
        deadline = time.time() + WAIT_LIMIT_S
        while self._read_some(deadline):
            pass
        for _ in range(WAIT_LIMIT_S * 10):
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.1)
        os.kill(self.pid, signal.SIGKILL)
        raise TimeoutError("did not exit; output:\n" + render(self.raw))


CSI = re.compile(rb"\x1b\[([0-9;?]*)([@-~])")


def render(raw):
    """What a terminal shows for `raw`: lines of text, trailing blanks cut."""
    lines, row, col = [], [], 0
    i = 0
    while i < len(raw):
        m = CSI.match(raw, i)
        if m:
            n = int(m.group(1) or b"1") if m.group(1).isdigit() else 1
            if m.group(2) == b"C":
                col += n
            elif m.group(2) == b"D":
                col = max(0, col - n)
            elif m.group(2) == b"K":
                del row[col:]
            i = m.end()
            continue
        if raw[i:i + 1] == b"\x1b":
            i += 2
            continue
        ch = raw[i:i + 1]
        size = 1
        if raw[i] >= 0xC0:
            size = 2 if raw[i] < 0xE0 else 3 if raw[i] < 0xF0 else 4
        ch = raw[i:i + size].decode("utf-8", "replace")
        i += size
        if ch == "\r":
            col = 0
        elif ch == "\n":
            lines.append("".join(row).rstrip())
            row, col = [], 0
        elif ch == "\b":
            col = max(0, col - 1)
        elif ch == "\x07":
            pass
        else:
            row.extend(" " * (col - len(row)))
            if col < len(row):
                row[col] = ch
            else:
                row.append(ch)
            col += 1
    lines.append("".join(row).rstrip())
    return "\n".join(lines)
