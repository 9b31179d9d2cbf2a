#!/usr/bin/env python3
"""The echo soak (issue 11): MPYDOS.EXE serves tests/soak/soaksrv.py under
`dosrun --net --mem 4` with fault injection (loss, reordering, duplication)
while host threads open many connections for SECONDS: short ones (one
line), long ones (up to 64 KiB in many writes), ones the client resets or
abandons half-way. Every echo is checked byte for byte. The server's
gc.mem_alloc() (after a collection) is read at the start, after a first
warm-up round, and at the end: memory must come back to where it was.

    soak.py DOSRUN MPYDOS.EXE [SECONDS] [--loss P --reorder P --dup P]
    soak.py --host MPYDOS [SECONDS]       the host build (libslirp)

Not part of `make test` (`make soak`, SOAK_SECONDS=1800). Prints one
report; exit status 1 on a wrong echo, a hang or memory that did not come
back."""
import argparse
import os
import random
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
HANG_S = 120  # a client waiting this long for its echo: a hang
CLIENTS = 8  # host threads at once


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port):
    return socket.create_connection(("127.0.0.1", port), timeout=HANG_S)


def server_mem(port):
    with connect(port) as s:
        s.sendall(b"MEM\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = s.recv(100)
            if not chunk:
                break
            data += chunk
    return int(data or b"-1")


def echo(port, payload, writes):
    """Send `payload` in `writes` pieces, read it all back; True if intact."""
    with connect(port) as s:
        got = bytearray()
        step = max(1, len(payload) // writes)
        for i in range(0, len(payload), step):
            s.sendall(payload[i:i + step])
            while len(got) < min(i + step, len(payload)) - 8192:
                got += s.recv(65536)
        s.shutdown(socket.SHUT_WR)
        while chunk := s.recv(65536):
            got += chunk
    return bytes(got) == payload


def reset(port, payload):
    """Send part of `payload` and reset the connection (SO_LINGER 0)."""
    s = connect(port)
    s.sendall(payload[: len(payload) // 2])
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def abandon(port, payload):
    """Send a little and close without reading the echo."""
    with connect(port) as s:
        s.sendall(payload[:100])


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {"short": 0, "long": 0, "reset": 0, "abandoned": 0,
                       "bytes": 0, "wrong": 0, "errors": 0}
        self.last_error = ""

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] += n


def client(port, until, seed, tally):
    rng = random.Random(seed)
    while time.monotonic() < until:
        kind = rng.choices(["short", "long", "reset", "abandoned"], [60, 25, 10, 5])[0]
        size = rng.randint(1, 200) if kind == "short" else rng.randint(1000, 65536)
        payload = bytes(rng.getrandbits(8) for _ in range(size))
        try:
            if kind == "short":
                ok = echo(port, payload, 1)
            elif kind == "long":
                ok = echo(port, payload, rng.randint(2, 40))
            elif kind == "reset":
                reset(port, payload)
                ok = True
            else:
                abandon(port, payload)
                ok = True
        except OSError as e:
            tally.add("errors")
            tally.last_error = repr(e)
            time.sleep(1)
            continue
        tally.add(kind)
        if kind in ("short", "long"):
            tally.add("bytes", 2 * size)
            if not ok:
                tally.add("wrong")


def wait_listening(proc):
    line = proc.stdout.readline()
    return b"listening" in line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", action="store_true")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--loss", default="0.02")
    ap.add_argument("--reorder", default="0.02")
    ap.add_argument("--dup", default="0.01")
    ap.add_argument("--mem", default="4")
    a = ap.parse_args()
    if a.host:
        exe, seconds = a.paths[0], float(a.paths[1]) if len(a.paths) > 1 else 60
    else:
        dosrun, exe = a.paths[0], a.paths[1]
        seconds = float(a.paths[2]) if len(a.paths) > 2 else 60
    port = free_port()
    env = dict(os.environ)
    if a.host:
        cmd = [os.path.abspath(exe), "soaksrv.py", "1234"]
        env["MPYDOS_HOSTFWD"] = f"{port}:1234"
    else:
        cmd = [os.path.abspath(dosrun), "--net", "--mem", a.mem, "--stats",
               "--net-loss", a.loss, "--net-reorder", a.reorder, "--net-dup", a.dup,
               "--hostfwd", f"{port}:1234", os.path.abspath(exe), "soaksrv.py", "1234"]
    proc = subprocess.Popen(cmd, cwd=HERE, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    tally = Tally()
    problems = []
    started = time.monotonic()
    try:
        if not wait_listening(proc):
            sys.exit("soak: the server did not start: " + proc.stderr.read().decode(errors="replace")[-800:])
        first = server_mem(port)
        # One warm-up round: the first connections allocate what stays
        # (socket table, buffers, caches); memory is compared after it.
        client(port, time.monotonic() + 5, 0, tally)
        warm = server_mem(port)
        until = time.monotonic() + seconds
        threads = [threading.Thread(target=client, args=(port, until, i + 1, tally))
                   for i in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(seconds + HANG_S * 4)
            if t.is_alive():
                problems.append("a client hung")
        time.sleep(2)  # the server closes what the clients abandoned
        end = server_mem(port)
    finally:
        if a.host:
            proc.send_signal(signal.SIGINT)
        else:
            proc.stdin.write(b"\x03")
            proc.stdin.flush()
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    took = time.monotonic() - started
    c = tally.counts
    print(f"soak: {took:.0f} s, {CLIENTS} clients: {c['short']} short, {c['long']} long, "
          f"{c['reset']} reset, {c['abandoned']} abandoned connections; "
          f"{c['bytes']} bytes echoed; {c['wrong']} wrong echoes; {c['errors']} client errors"
          + (f" (last: {tally.last_error})" if c["errors"] else ""))
    print(f"soak: server mem_alloc at start {first}, after warm-up {warm}, at the end {end}")
    for line in err.decode(errors="replace").splitlines():
        if line.startswith("dosrun:"):
            print("   " + line)
    if c["wrong"]:
        problems.append("wrong echoes")
    if end > warm:
        problems.append(f"memory did not come back ({end - warm} bytes more than after warm-up)")
    for p in problems:
        print("FAIL " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
