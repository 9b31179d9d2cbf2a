#!/usr/bin/env python3
"""NETTEST.EXE under `dosrun --net`: the DOS network stack over the packet
driver, end to end against real peers on this machine (10.0.2.2 is its
127.0.0.1). Usage: run.py DOSRUN NETTEST.EXE. Each check prints one line;
any failure exits non-zero. Every run's exit status also proves dosrun's
strict check at exit passed (handles released, vectors restored, DOS memory
freed): a miss would end it with 126."""
import os
import socket
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from run_helpers import EchoServer, pattern  # noqa: E402

DOSRUN, EXE = sys.argv[1], sys.argv[2]
HANG_GUARD_S = 300  # a hang fails the test; never a timing check
failures = []


def dosrun(*args, stdin=b"", options=("--net",)):
    cmd = [DOSRUN, *options, "--stats", EXE, *args]
    p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=HANG_GUARD_S)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


def stat(stderr, prefix):
    for line in stderr.splitlines():
        if line.startswith("dosrun: " + prefix):
            return line
    return ""


def echo(size, options=("--net",)):
    server = EchoServer()
    status, out, err = dosrun("echo", str(server.port), str(size), options=options)
    server.thread.join(timeout=10)
    want = zlib.adler32(pattern(size))
    name = f"echo {size} bytes {' '.join(options)}"
    check(name, status == 0 and f"echo {size} bytes ok adler32 {want:08x}" in out,
          f"status {status}, out {out!r}, err {err[-600:]!r}")
    check(name + ": the host received every byte", (server.received, server.adler) == (size, want),
          f"host got {server.received} bytes adler {server.adler:08x}")
    return err


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hostfwd(size):
    """A host client reaches a listener in the EXE through --hostfwd."""
    port = free_port()
    cmd = [DOSRUN, "--net", "--hostfwd", f"{port}:8000", EXE, "serve", "8000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = proc.stdout.readline().decode()
    data = bytes((i * 31 + (i >> 8)) & 0xFF for i in range(size))
    answer = b""
    if line.startswith("listening on 8000"):
        with socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD_S) as c:
            c.sendall(data)
            c.shutdown(socket.SHUT_WR)
            while chunk := c.recv(4096):
                answer += chunk
    out, err = proc.communicate(timeout=HANG_GUARD_S)
    want = f"{size} {zlib.adler32(data):08x}\n".encode()
    check(f"hostfwd: host client sends {size} bytes to a listener in the EXE",
          proc.returncode == 0 and answer == want,
          f"status {proc.returncode}, first line {line!r}, answer {answer!r}, err {err[-400:]!r}")


def ctrl_c_in_a_server():
    """^C while the EXE serves an open connection: it ends cleanly."""
    port = free_port()
    cmd = [DOSRUN, "--net", "--stats", "--hostfwd", f"{port}:8000", EXE, "serve", "8000"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = proc.stdout.readline().decode()
    with socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD_S) as c:
        c.sendall(b"x" * 5000)
        proc.stdin.write(b"\x03")
        proc.stdin.flush()
        out, err = proc.communicate(timeout=HANG_GUARD_S)
    err = err.decode(errors="replace")
    check("Ctrl-C in a server with an open connection: handle released, nothing left hooked",
          line.startswith("listening") and proc.returncode == 2 and "NETTEST: interrupted" in err
          and "03h:2" in stat(err, "packet-driver calls"), f"{proc.returncode} {line!r} {err[-500:]!r}")


def main():
    status, out, err = dosrun("dhcp", options=())
    check("no packet driver: the one-line message and exit code 2",
          status == 2 and err.startswith("NETTEST: no packet driver found in INT 60h-80h; load one,"),
          f"status {status}, err {err!r}")

    status, out, err = dosrun("dhcp")
    check("DHCP gives 10.0.2.15", status == 0 and
          out.strip() == "address 10.0.2.15/24 gateway 10.0.2.2 dns 10.0.2.3", f"{status} {out!r} {err!r}")
    check("the packet driver saw access_type twice and release_type twice",
          "02h:2 03h:2" in stat(err, "packet-driver calls"), stat(err, "packet-driver calls"))

    check("every driver call goes through DPMI 0301h to the INT 60h; RETF stub",
          "0301h:" in stat(err, "DPMI calls") and "0300h:" in stat(err, "DPMI calls"), stat(err, "DPMI calls"))

    status, out, err = dosrun("dhcp", options=("--net", "--env", "PACKETINT=0x60"))
    check("PACKETINT=0x60 forces the vector", status == 0 and "address 10.0.2.15/24" in out, f"{status} {err!r}")
    status, out, err = dosrun("dhcp", options=("--net", "--env", "PACKETINT=61h"))
    check("PACKETINT=61h with no driver there: one line, exit 2", status == 2 and
          err.startswith("NETTEST: no packet driver at INT 61h (PACKETINT); load one there first\r\n"), f"{status} {err!r}")

    with tempfile.TemporaryDirectory() as drive:
        with open(os.path.join(drive, "MTCP.CFG"), "w") as f:
            f.write("DHCPVER DHCP Client version Apr 26 2009\nPACKETINT 0x61\n")
        status, out, err = dosrun("dhcp", options=("--net", "--drive", drive, "--env", "MTCPCFG=C:\\MTCP.CFG"))
        check("the mTCP config's PACKETINT 0x61 is the vector used", status == 2 and
              err.startswith("NETTEST: no packet driver at INT 61h (PACKETINT)"), f"{status} {err!r}")

    err = echo(1 << 20, options=("--net", "--mips", "35"))
    print("     " + stat(err, "instructions:").removeprefix("dosrun: "))
    print("     " + stat(err, "frames to").removeprefix("dosrun: "))
    echo(48 * 1024, options=("--net", "--net-loss", "0.03", "--net-reorder", "0.03",
                             "--net-dup", "0.02", "--net-seed", "5"))
    hostfwd(256 * 1024)

    status, out, err = dosrun("ring", "64")
    check("ring overflow: 40 whole frames kept, 24 counted as dropped",
          status == 0 and "ring: 40 kept, 24 dropped" in out and
          "24 refused by the receiver" in stat(err, "frames dropped"), f"{status} {out!r} {err[-500:]!r}")

    status, out, err = dosrun("wait", stdin=b"\x03")
    check("Ctrl-C: handle released and vectors restored (strict check passes)",
          status == 2 and "NETTEST: interrupted" in err and "03h:2" in stat(err, "packet-driver calls"),
          f"{status} {out!r} {err[-500:]!r}")

    ctrl_c_in_a_server()

    status, out, err = dosrun("fault")
    check("CPU fault: handle released and vectors restored (strict check passes)",
          status == 70 and "03h:2" in stat(err, "packet-driver calls"), f"{status} {err[-500:]!r}")

    if failures:
        sys.exit(f"test-dosnet: {len(failures)} check(s) failed")
    print("test-dosnet: all checks passed")


main()
