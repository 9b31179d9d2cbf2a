#!/usr/bin/env python3
"""The network suites on QEMU -cpu 486 + FreeDOS + CWSDPMI + the Crynwr
NE2000 packet driver, in one boot, against the peers of tests/streams on
this machine (reached from the PC as 10.0.2.2 through QEMU's slirp):

  no packet driver (before NE2000.COM is loaded), fetch_motd from a qotd
  peer, 1 MiB each way through an echo peer, DNS names and DNS errors, the
  manual's echo server answering one then 20 host clients at once, and
  Ctrl-C typed on the PC's keyboard with a connection open.

Usage: net.py MPYDOS.EXE. Expected outputs come from python3 running the
same scripts (tests/streams/run.py's helpers). One line per check; the
last line is "rig-qemu-net: N passed, N failed in S s"."""

import os
import shutil
import socket
import subprocess
import sys
import time

import batch
import disk
import parts
import qemu

sys.path.insert(0, os.path.join(parts.ROOT, "tests", "streams"))
import peers  # noqa: E402
import run as streams  # noqa: E402

BOOT_GUARD_S = 900  # the whole boot; a hang fails, never a timing check
SERVER_PORT = 1234
BIG = 1 << 20
SCRIPTS = ("motd.py", "bulk.py", "dnsnames.py", "echosrv.py")
DNS_NAMES = ["qotd", "alias", "once", "once", "QOTD.MpyDos.Test.", "nx"]
DNS_ERRORS = ["nodata", "cut", "silent"]


OUTCOMES = []


def check(name, ok, detail=""):
    OUTCOMES.append(ok)
    streams.check(name, ok, detail)


def dns_names():
    return [n if n.endswith(".") else n + ".mpydos.test" for n in DNS_NAMES]


def stage(folder, exe, qotd, echo, dns):
    """C: with the scripts, MPYDOS.EXE, RUNT.COM, the mTCP file naming the
    test's DNS server, and RUN.BAT; returns {step: command line}."""
    for script in SCRIPTS:
        shutil.copy(os.path.join(parts.ROOT, "tests", "streams", script), folder)
    shutil.copy(exe, os.path.join(folder, "MPYDOS.EXE"))
    shutil.copy(parts.helper("RUNT.COM"), os.path.join(folder, "RUNT.COM"))
    os.makedirs(os.path.join(folder, "R"))
    with open(os.path.join(folder, "DNS.CFG"), "wb") as f:
        f.write(f"# test DNS server\r\nNAMESERVER 10.0.2.2:{dns.port}\r\n".encode())
    steps = [
        ("NODRV", "motd.py 10.0.2.2 17"),
        ("LOAD", None),
        ("MOTD", f"motd.py 10.0.2.2 {qotd.port}"),
        ("BULK", f"bulk.py 10.0.2.2 {echo.port} {BIG}"),
        ("DNSCFG", None),
        # Two runs: DOS gives a program at most 126 characters of arguments.
        ("DNS1", f"dnsnames.py {qotd.port} " + " ".join(dns_names()[:4])),
        ("DNS2", f"dnsnames.py {qotd.port} " + " ".join(dns_names()[4:])),
        ("DNSERR", f"dnsnames.py {qotd.port} " + " ".join(n + ".mpydos.test" for n in DNS_ERRORS)),
        ("SERVER", f"echosrv.py {SERVER_PORT}"),
    ]
    lines = ["@ECHO OFF", "CD \\"]
    for step, command in steps:
        if step == "LOAD":
            lines.append("A:\\NE2000 0x60 3 0x300 > NUL")
        elif step == "DNSCFG":
            lines.append("SET MTCPCFG=C:\\DNS.CFG")
        else:
            lines.append(f"ECHO {step}-START>COM1")
            lines.append(batch.runt_line("", f"C:\\R\\{step}", "C:\\MPYDOS.EXE", command))
        lines.append(f"ECHO {step}>COM1")
    with open(os.path.join(folder, "RUN.BAT"), "wb") as f:
        f.write("".join(line + "\r\n" for line in lines).encode("ascii"))


def serve_host_clients(pc, host_port):
    """The echo server's part, while it runs on the PC: what one client and
    20 at once got back, and the exit after Ctrl-C with a client open."""
    want_one, want_many = reference_answers()
    if not pc.wait_line("SERVER-START", BOOT_GUARD_S):
        check("echo server (QEMU): started", False, "no SERVER-START on COM1")
        return
    one = streams.talk(host_port, b"hello mpydos")
    check("echo server (QEMU): a host client through hostfwd",
          one == want_one == b"HELLO MPYDOS", f"{one!r} vs {want_one!r}")
    many = streams.clients_at_once(host_port, 20)
    check("echo server (QEMU): 20 host clients at once",
          many == want_many and len(set(many)) == 20, f"{many!r}")
    idle = socket.create_connection(("127.0.0.1", host_port), timeout=60)
    time.sleep(0.5)  # let the connection reach the server (not a timing check)
    pc.type_keys("ctrl-c")
    pc.wait_line("SERVER", 120)
    idle.close()


def reference_answers():
    """python3 running the same server: one client, then 20 at once."""
    port = peers.free_port()
    reference = subprocess.Popen([sys.executable, "cpserve.py", str(port)], cwd=streams.HERE)
    try:
        return streams.talk(port, b"hello mpydos"), streams.clients_at_once(port, 20)
    finally:
        reference.kill()
        reference.wait()


def read(path):
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


def judge(results, qotd, echo, dns):
    def result(step):
        rc, out, err = (read(os.path.join(results, step + ext)) for ext in (".RC", ".1", ".2"))
        return (rc.decode().strip(), out.decode(errors="replace").replace("\r\n", "\n"),
                err.decode(errors="replace"))

    rc, out, err = result("NODRV")
    check("no packet driver: the message, exit status 1", rc == "1" and
          "OSError: no packet driver found in INT 60h-80h; load one, "
          "e.g. NE2000 0x60 3 0x300" in err, f"rc {rc!r} err {err!r}")
    same = [("MOTD", "fetch_motd from a qotd peer", ["motd.py", "127.0.0.1", str(qotd.port)]),
            ("BULK", f"{BIG} bytes each way", ["bulk.py", "127.0.0.1", str(echo.port), str(BIG)])]
    for step, names in (("DNS1", ["127.0.0.1"] * 4),
                        ("DNS2", ["127.0.0.1", "no-such-host.invalid"])):
        same.append((step, f"DNS names, run {step[-1]}",
                     ["dnsnames.py", str(qotd.port), *names]))
    for step, name, args in same:
        want = streams.cpython(*args)
        rc, out, err = result(step)
        check(f"{name} (QEMU) prints what python3 prints", rc == "0" and out == want,
              f"rc {rc!r}\nwant {want!r}\ngot  {out!r}\nerr {err!r}\nasked {dns.queries!r}")
    want = "".join(streams.gai_error_line(i, code) for i, code in enumerate((-5, -3, -3)))
    rc, out, err = result("DNSERR")
    check("DNS errors (QEMU): no address, a cut reply, a silent server",
          rc == "0" and out == want, f"rc {rc!r}\nwant {want!r}\ngot  {out!r}\nerr {err!r}")
    rc, out, err = result("SERVER")
    check("echo server (QEMU): Ctrl-C with a connection open ends it cleanly",
          rc not in ("", "0") and " T" not in rc and "KeyboardInterrupt" in err
          and "panicked" not in err, f"rc {rc!r} err {err!r}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    exe = os.path.abspath(sys.argv[1])
    parts.require("rig-qemu-net", ["CWSDPMI.EXE", "KERNEL.SYS", "COMMAND.COM", "boot.asm",
                                   "NE2000.COM"], ["qemu-system-i386", "mcopy", "mkfs.fat", "nasm"])
    started = time.monotonic()
    qotd, echo, dns = peers.qotd_on_port_17_if_possible(), peers.Echo(), peers.Dns()
    folder = parts.fresh_dir("qemu-net")
    cdrive = os.path.join(folder, "C")
    os.makedirs(cdrive)
    stage(cdrive, exe, qotd, echo, dns)
    files, lines = qemu.floppy_parts()
    files["NE2000.COM"] = parts.part("NE2000.COM")
    floppy, hdd = os.path.join(folder, "A.IMG"), os.path.join(folder, "C.IMG")
    disk.boot_floppy(floppy, files, qemu.autoexec(lines, ["C:", "CALL C:\\RUN.BAT"]))
    disk.hard_disk(hdd, cdrive)
    host_port = peers.free_port()
    pc = qemu.Machine(folder, floppy, hdd, net=True, hostfwd=[(host_port, SERVER_PORT)]).start()
    try:
        serve_host_clients(pc, host_port)
        pc.wait_line("ALLDONE", BOOT_GUARD_S)
    finally:
        pc.stop(timeout=30)
    results = os.path.join(folder, "OUT")
    disk.copy_out(hdd, "R", results)
    judge(results, qotd, echo, dns)
    check("DNS (QEMU): a cached answer is not asked again",
                  dns.queries.get("once.mpydos.test") == 1, repr(dns.queries))
    check("DNS (QEMU): a silent server is asked three times",
                  dns.queries.get("silent.mpydos.test") == 3, repr(dns.queries))
    print(f"rig-qemu-net: {OUTCOMES.count(True)} passed, {OUTCOMES.count(False)} failed "
          f"in {time.monotonic() - started:.0f} s")
    sys.exit(1 if streams.failures else 0)


if __name__ == "__main__":
    main()
