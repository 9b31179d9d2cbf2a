#!/usr/bin/env python3
"""asyncio streams end to end against peers on this machine. The same
script runs under python3 (peers at 127.0.0.1) for the expected output and
under MPYDOS (peers at 10.0.2.2, through libslirp on the host build or the
packet driver under `dosrun --net`).

Usage: run.py --host MPYDOS            the host build
       run.py --dos DOSRUN MPYDOS.EXE  the DOS EXE under dosrun --net, plus a
                                       lossy/reordering transfer and the
                                       no-packet-driver message
Each check prints one line; any failure exits non-zero."""
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peers  # noqa: E402

HANG_GUARD_S = 300  # a hang fails the test; never a timing check
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail[-1500:]))
    if not ok:
        failures.append(name)


class Target:
    """How to start a script under MPYDOS (host build or dosrun)."""

    def __init__(self, argv):
        self.dos = argv[0] == "--dos"
        paths = [os.path.abspath(a) for a in argv[1:]]
        self.dosrun, self.exe = (paths[0], paths[1]) if self.dos else (None, paths[0])
        self.name = "DOS" if self.dos else "host"

    def command(self, script, *args, hostfwd=None, net_options=()):
        if self.dos:
            fwd = ["--hostfwd", hostfwd] if hostfwd else []
            return [self.dosrun, "--net", *net_options, *fwd, "--stats", self.exe, script, *args]
        return [self.exe, script, *args]

    def env(self, hostfwd=None):
        env = dict(os.environ)
        if hostfwd and not self.dos:
            env["MPYDOS_HOSTFWD"] = hostfwd
        return env

    def run(self, script, *args, net_options=(), env=None):
        p = subprocess.run(self.command(script, *args, net_options=net_options), cwd=HERE,
                           capture_output=True, timeout=HANG_GUARD_S,
                           env={**self.env(), **(env or {})})
        out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
        return p.returncode, out, p.stderr.decode(errors="replace")

    def start(self, script, *args, hostfwd, net_options=()):
        command = self.command(script, *args, hostfwd=hostfwd, net_options=net_options)
        return subprocess.Popen(command, cwd=HERE,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.env(hostfwd))

    def interrupt(self, proc):
        if self.dos:
            proc.stdin.write(b"\x03")
            proc.stdin.flush()
        else:
            proc.send_signal(signal.SIGINT)


def cpython(script, *args):
    p = subprocess.run([sys.executable, script, *args], cwd=HERE, capture_output=True,
                       timeout=HANG_GUARD_S)
    return p.stdout.decode(errors="replace")


def same_as_cpython(target, name, script, *args, size_args=(), net_options=()):
    want = cpython(script, "127.0.0.1", *args)
    status, out, err = target.run(script, "10.0.2.2", *args, net_options=net_options)
    check(f"{name} ({target.name}) prints what python3 prints", status == 0 and out == want,
          f"status {status}\nwant {want!r}\ngot  {out!r}\nerr {err!r}")
    return err


def talk(port, message, tries=HANG_GUARD_S * 10):
    """One host client: send, read to EOF. Retries while the server is not
    up yet (slirp resets forwarded connections until the guest listens)."""
    for _ in range(tries):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD_S) as c:
                c.sendall(message)
                answer = b""
                while chunk := c.recv(4096):
                    answer += chunk
                if answer:
                    return answer
        except OSError:
            pass
        time.sleep(0.1)
    return b""


def clients_at_once(port, count):
    """`count` host clients connected at the same time, then all answered."""
    socks = [socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD_S)
             for _ in range(count)]
    for i, s in enumerate(socks):
        s.sendall(b"client %d" % i)
    answers = []
    for s in socks:
        data = b""
        while chunk := s.recv(4096):
            data += chunk
        answers.append(data)
        s.close()
    return answers


def echo_server(target):
    """The manual's echo server answering host clients through hostfwd:
    one client, then 20 at once, then Ctrl-C with a connection open."""
    host_port = peers.free_port()
    cp_port = peers.free_port()
    reference = subprocess.Popen([sys.executable, "cpserve.py", str(cp_port)], cwd=HERE)
    try:
        want_one = talk(cp_port, b"hello mpydos")
        want_many = clients_at_once(cp_port, 20)
    finally:
        reference.kill()
        reference.wait()
    proc = target.start("echosrv.py", "1234", hostfwd=f"{host_port}:1234")
    try:
        one = talk(host_port, b"hello mpydos")
        check(f"echo server ({target.name}): a host client through hostfwd",
              one == want_one == b"HELLO MPYDOS", f"{one!r} vs {want_one!r}")
        many = clients_at_once(host_port, 20)
        check(f"echo server ({target.name}): 20 host clients at once",
              many == want_many and len(set(many)) == 20, f"{many!r}")
        idle = socket.create_connection(("127.0.0.1", host_port), timeout=HANG_GUARD_S)
        time.sleep(0.5)  # let the connection reach the server (not a timing check)
        target.interrupt(proc)
        out, err = proc.communicate(timeout=HANG_GUARD_S)
        idle.close()
    finally:
        reap(proc)
    err = err.decode(errors="replace")
    check(f"echo server ({target.name}): Ctrl-C with a connection open ends it cleanly",
          ended_by_ctrl_c(target, proc, err), f"status {proc.returncode} err {err!r}")


def reap(proc):
    """Kill `proc` if it still runs (a check failed on the way)."""
    if proc.poll() is None:
        proc.kill()
        proc.communicate()


def ended_by_ctrl_c(target, proc, err):
    """Whether `proc` (`err`: its stderr, decoded) ended as Ctrl-C ends a
    script: KeyboardInterrupt, no panic, and on DOS the packet driver
    released (dosrun's "03h:2")."""
    released = not target.dos or "03h:2" in err
    return (proc.returncode not in (0, 126) and "KeyboardInterrupt" in err and released
            and "panicked" not in err)


# Issue 6: a 4 MB PC under CWSDPMI has about 3 MB of DPMI memory, and
# dosrun's --mem is all the DPMI memory, the EXE's loaded image (1.37 MB of
# code and data, 0.3 MB of stack; issue 14) included.
FOUR_MB_PC_DPMI_MB = 3
CONCURRENT = 32


def wait_for_line(proc, line):
    """Read the server's stdout up to `line` (its "ready"); False at EOF."""
    while out := proc.stdout.readline():
        if out.decode(errors="replace").strip() == line:
            return True
    return False


def while_serving(target, server_argv, net_options, clients):
    """Runs the server script `server_argv` (listening on 1234, forwarded
    from a free host port), `clients(host_port)` once it says "listening",
    then Ctrl-C; returns (what clients returned, or [] if the server never
    listened, and the server's stderr)."""
    host_port = peers.free_port()
    proc = target.start(*server_argv, hostfwd=f"{host_port}:1234", net_options=net_options)
    got = []
    try:
        if wait_for_line(proc, "listening"):
            got = clients(host_port)
        target.interrupt(proc)
        _, err = proc.communicate(timeout=HANG_GUARD_S)
    finally:
        reap(proc)
    return got, err.decode(errors="replace")


def thirty_two_at_once(target):
    """32 host clients held open together by tests/streams/echo32.py, on DOS
    with the DPMI memory of a 4 MB PC; all 32 echoes checked against
    python3 running the same server."""
    cp_port = peers.free_port()
    reference = subprocess.Popen([sys.executable, "echo32.py", str(cp_port), str(CONCURRENT)],
                                 cwd=HERE, stdout=subprocess.PIPE)
    try:
        wait_for_line(reference, "listening")
        want = clients_at_once(cp_port, CONCURRENT)
    finally:
        reference.kill()
        reference.wait()
    mem = ("--mem", str(FOUR_MB_PC_DPMI_MB)) if target.dos else ()
    got, err = while_serving(target, ("echo32.py", "1234", str(CONCURRENT)), mem,
                             lambda port: clients_at_once(port, CONCURRENT))
    where = f"{target.name}, --mem {FOUR_MB_PC_DPMI_MB}" if target.dos else target.name
    check(f"{CONCURRENT} host clients held open at once ({where}): all echoed",
          got == want and len(set(got)) == CONCURRENT, f"{got!r}\nerr {err!r}")
    for line in err.splitlines():
        if "mem_alloc" in line or "peak DPMI" in line:
            print("     " + line.strip())


def answers_or_refusals(port, count):
    """`count` host clients connected at once; each one's answer, or None
    when the server reset or closed it unanswered."""
    socks = [socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD_S)
             for _ in range(count)]
    answers = []
    for i, s in enumerate(socks):
        try:
            s.sendall(b"client %d" % i)
        except OSError:
            pass
    for s in socks:
        data = b""
        try:
            while chunk := s.recv(4096):
                data += chunk
        except OSError:
            pass
        answers.append(data or None)
        s.close()
    return answers


REFUSAL_LINE = "socket.accept() out of system resource"


def refusals_are_logged(target, mem_mb, clients, least_served=0):
    """More clients at once than a small PC has memory (or sockets) for
    (holdall.py holds each for 5 s): every connection is either served or
    refused with a line in the server's log, and at least `least_served`
    are served; says how many were (measured, issue 14: 64 of 70 at
    --mem 3, the DPMI memory of a 4 MB PC, and 64 of 100 at --mem 4: the
    socket table's limit both times)."""
    answers, err = while_serving(target, ("holdall.py", "1234", "5"), ("--mem", str(mem_mb)),
                                 lambda port: answers_or_refusals(port, clients))
    served = sum(a == b"CLIENT %d" % i for i, a in enumerate(answers))
    refused = answers.count(None)
    logged = err.count(REFUSAL_LINE)
    check(f"{clients} clients at once with --mem {mem_mb}: {served} served, {refused} "
          f"refused, {logged} refusals in the server's log",
          len(answers) == clients and served + refused == clients and logged == refused
          and served >= least_served
          and (not refused or "OSError: [Errno 12] Cannot allocate memory" in err
               or "OSError: [Errno 24] Too many open files" in err),
          f"{answers!r}\nerr {err!r}")


def out_of_memory(target, echo):
    """nomem.py: with ~250 KB left, connections get small buffers, then
    ENOMEM as an OSError; after freeing memory a connection works again."""
    p = subprocess.run([target.dosrun, "--mem", str(FOUR_MB_PC_DPMI_MB), "--net", target.exe,
                        "nomem.py", "10.0.2.2", str(echo.port)],
                       cwd=HERE, capture_output=True, timeout=HANG_GUARD_S)
    out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
    want = ("OSError 12 Cannot allocate memory\nconnected before running out: True\n"
            "b'still works'\n")
    check("out of memory: connecting raises OSError ENOMEM, the script goes on",
          p.returncode == 0 and out == want,
          f"status {p.returncode}\n{out!r}\n{p.stderr.decode(errors='replace')!r}")


# Issue 11: a 1 MiB echo through an MPYDOS server stalled at --mem 4 (8 KiB
# send buffers there, so writes often went out in part at once, and drain()
# waited on a count that kept the part already sent). On DOS it runs with the
# buffer sizes the budget picks at --mem 4 (8+8 KiB), and at --mem 3 (the
# DPMI memory of a 4 MB PC), where it once ended in MemoryError.
ECHO_BIG = 1 << 20
STALL_GUARD_S = 60  # no byte back for this long: stalled (a hang guard)


def echo_through_server(target, mem_mb=None):
    """A host client sends ECHO_BIG bytes to echoall.py and reads the echo
    at the same time; every byte must come back, in order."""
    host_port = peers.free_port()
    memory = ("--mem", str(mem_mb), "--mips", "35") if mem_mb else ()
    hostfwd = f"{host_port}:7000"
    # No stdin: dosrun --mips reads it to its end before starting.
    proc = subprocess.Popen(target.command("echoall.py", "7000", hostfwd=hostfwd,
                                           net_options=memory),
                            cwd=HERE, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=target.env(hostfwd))
    data = bytes((i * 31 + (i >> 8)) & 0xFF for i in range(ECHO_BIG))
    got = bytearray()
    try:
        if wait_for_line(proc, "listening"):
            with socket.create_connection(("127.0.0.1", host_port), timeout=STALL_GUARD_S) as c:
                def read_echo():
                    try:
                        while chunk := c.recv(65536):
                            got.extend(chunk)
                    except OSError:
                        pass
                reader = threading.Thread(target=read_echo)
                reader.start()
                try:
                    c.sendall(data)
                    c.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                reader.join()
        out, err = proc.communicate(timeout=STALL_GUARD_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            out, err = proc.communicate()
    where = f"{target.name}, --mem {mem_mb}" if mem_mb else target.name
    out = out.decode(errors="replace")
    check(f"a {ECHO_BIG}-byte echo through an MPYDOS server ({where}) comes back whole",
          bytes(got) == data and f"echoed {ECHO_BIG}" in out and proc.returncode == 0,
          f"{len(got)} bytes back, status {proc.returncode}, out {out!r} "
          f"err {err.decode(errors='replace')[-600:]!r}")


# One-script tests of tests/py/streams (8.3 names) also run under dosrun.
DOS_LOCAL_TESTS = ("chat", "errors", "names", "finseen", "wbufsize", "readmix", "loopmem")


def local_tests_on_dos(target, suite="streams", names=DOS_LOCAL_TESTS):
    """Tests of tests/py/SUITE (server and client in one script) under
    dosrun --net: the loopback needs the packet driver, so run_py.py
    --dos, which gives none, cannot run them."""
    folder = os.path.join(HERE, "..", "py", suite)
    for name in names:
        p = subprocess.run([target.dosrun, "--net", target.exe, name + ".py"], cwd=folder,
                           capture_output=True, timeout=HANG_GUARD_S)
        out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
        with open(os.path.join(folder, name + ".exp")) as f:
            want = f.read()
        check(f"tests/py/{suite}/{name}.py (DOS) prints what python3 prints",
              p.returncode == 0 and out == want,
              f"status {p.returncode}\n{out!r}\n{p.stderr.decode(errors='replace')!r}")


def gai_error_line(number, code):
    """The line dnsnames.py prints for getaddrinfo error `code`, with the
    message glibc gives CPython (for errors python3's own resolver cannot
    be made to give here: it has no server that times out or cuts replies)."""
    message = ctypes.CDLL(None).gai_strerror
    message.restype = ctypes.c_char_p
    error = socket.gaierror(code, message(code).decode())
    return f"{number} gaierror {code} True {error}\n"


@contextlib.contextmanager
def dns_config(target, dns):
    """An mTCP file naming `dns` (a peers.Dns) as NAMESERVER 10.0.2.2:PORT
    in HERE while the block runs; gives the net options and environment
    that make `target` read it."""
    config = f"D{os.getpid() % 10000000}.CFG"
    with open(os.path.join(HERE, config), "w") as f:
        f.write(f"# test DNS server\r\nNAMESERVER 10.0.2.2:{dns.port}\r\n")
    try:
        if target.dos:
            yield ("--env", f"MTCPCFG=C:\\{config}"), None
        else:
            yield (), {"MTCPCFG": os.path.join(HERE, config)}
    finally:
        os.remove(os.path.join(HERE, config))


def dns_names(target, qotd):
    """Names through the test's DNS server, reached as 10.0.2.2:PORT from
    the mTCP file's `NAMESERVER 10.0.2.2:PORT`: an answer after a stray
    reply, a CNAME chain, the cache (the server refuses a second question),
    NXDOMAIN, and the errors of a server that says no address, cuts its
    reply, or never answers."""
    dns = peers.Dns()
    with dns_config(target, dns) as (options, env):
        port = str(qotd.port)
        zone = ["qotd", "alias", "once", "once", "QOTD.MpyDos.Test.", "nx"]
        names = [n if n.endswith(".") else n + ".mpydos.test" for n in zone]
        want = cpython("dnsnames.py", port, *["127.0.0.1"] * 5, "no-such-host.invalid")
        status, out, err = target.run("dnsnames.py", port, *names, net_options=options,
                                      env=env)
        check(f"DNS names ({target.name}) print what python3 prints", status == 0
              and out == want, f"status {status}\nwant {want!r}\ngot  {out!r}\nerr {err!r}")
        check(f"DNS ({target.name}): a cached answer is not asked again",
              dns.queries.get("once.mpydos.test") == 1, repr(dns.queries))
        errors = ["nodata", "cut", "silent"]
        want = "".join(gai_error_line(i, code) for i, code in enumerate((-5, -3, -3)))
        status, out, err = target.run("dnsnames.py", port, *[n + ".mpydos.test" for n in errors],
                                      net_options=options, env=env)
        check(f"DNS errors ({target.name}): no address, a cut reply, a silent server",
              status == 0 and out == want, f"status {status}\nwant {want!r}\ngot  {out!r}\n"
              f"err {err!r}")
        check(f"DNS ({target.name}): a silent server is asked three times",
              dns.queries.get("silent.mpydos.test") == 3, repr(dns.queries))


def vanished_peer(target, echo):
    """The link dies under a reader parked in read() (--net-cut, on the
    virtual clock of --mips so the 3 minutes of keep-alive pass at once):
    the read ends with CPython's keep-alive error, ETIMEDOUT."""
    cmd = [target.dosrun, "--net", "--net-cut", "30", "--mips", "35", "--stats", target.exe,
           "vanish.py", "10.0.2.2", str(echo.port)]
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, timeout=HANG_GUARD_S)
    out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
    error = TimeoutError(110, os.strerror(110))
    want = f"echo b'ping\\n'\nTimeoutError 110 {error}\n"
    check("keep-alive: a vanished peer ends a parked read with ETIMEDOUT (DOS)",
          p.returncode == 0 and out == want, f"status {p.returncode}\nwant {want!r}\n"
          f"got  {out!r}")


def no_packet_driver(target):
    """Without --net: the one-line message as an uncaught OSError."""
    p = subprocess.run([target.dosrun, target.exe, "motd.py", "10.0.2.2", "17"],
                       cwd=HERE, capture_output=True, timeout=HANG_GUARD_S)
    err = p.stderr.decode(errors="replace")
    check("no packet driver: the message, exit status 1",
          p.returncode == 1 and "OSError: no packet driver found in INT 60h-80h; load one, "
          "e.g. NE2000 0x60 3 0x300" in err, f"status {p.returncode} err {err!r}")


def main():
    target = Target(sys.argv[1:])
    qotd = peers.qotd_on_port_17_if_possible()
    same_as_cpython(target, "fetch_motd from a qotd peer", "motd.py", str(qotd.port))
    echo = peers.Echo()
    big = 1 << 20
    same_as_cpython(target, f"{big} bytes each way", "bulk.py", str(echo.port), str(big))
    if target.dos:
        # 5% of the frames each way lost, 5% overtaken: slirp (BSD Reno,
        # 1 s least retransmission timeout) still times out on some losses.
        same_as_cpython(target, f"{big} bytes each way with 5% loss and reordering",
                        "bulk.py", str(echo.port), str(big),
                        net_options=("--net-loss", "0.05", "--net-reorder", "0.05",
                                     "--net-seed", "7"))
    same_as_cpython(target, "an HTTP/1.0 client", "http10.py", str(peers.Http().port))
    resetter = peers.Resetter()
    same_as_cpython(target, "a peer's RST", "reset.py", str(resetter.port))
    echo_server(target)
    echo_through_server(target)
    if target.dos:
        echo_through_server(target, 4)
        echo_through_server(target, 3)
    dns_names(target, qotd)
    thirty_two_at_once(target)
    if target.dos:
        refusals_are_logged(target, FOUR_MB_PC_DPMI_MB, clients=70, least_served=64)
        refusals_are_logged(target, 4, clients=100)
    if target.dos:
        out_of_memory(target, echo)
        local_tests_on_dos(target)
        vanished_peer(target, echo)
        no_packet_driver(target)
    print(f"{len(failures)} failed" if failures else "all passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
