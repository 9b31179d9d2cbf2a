#!/usr/bin/env python3
"""Blocking sockets, select, http.client and urllib.request end to end
against peers on this machine: each script runs under python3 (peers at
127.0.0.1) for the expected output and under MPYDOS (peers at 10.0.2.2,
through libslirp on the host build or the packet driver under
`dosrun --net`). The harness (Target, check, same_as_cpython) is
tests/streams/run.py's.

Usage: run.py --host MPYDOS | run.py --dos DOSRUN MPYDOS.EXE
Each check prints one line; any failure exits non-zero."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STREAMS = os.path.join(HERE, "..", "streams", "run.py")
spec = importlib.util.spec_from_file_location("streams_run", STREAMS)
streams = importlib.util.module_from_spec(spec)
spec.loader.exec_module(streams)
streams.HERE = HERE  # scripts run from this directory (dosrun's C:)
import sockpeers  # noqa: E402

SUITE = os.path.join(HERE, "..", "py", "sockets")
# The loopback tests of tests/py/sockets, all of them also under dosrun.
DOS_LOCAL_TESTS = sorted(n[:-3] for n in os.listdir(SUITE) if n.endswith(".py"))


def dns_names(target):
    """Names through the test's DNS server (tests/streams/peers.py's Dns,
    reached as NAMESERVER 10.0.2.2:PORT from an mTCP file)."""
    dns, qotd = streams.peers.Dns(), streams.peers.Qotd()
    with streams.dns_config(target, dns) as (options, env):
        names = ["qotd.mpydos.test", "alias.mpydos.test", "nx.mpydos.test"]
        want = streams.cpython("sockdns.py", str(qotd.port), "127.0.0.1", "localhost",
                               "no-such-host.invalid")
        status, out, err = target.run("sockdns.py", str(qotd.port), *names,
                                      net_options=options, env=env)
        streams.check(f"socket names through DNS ({target.name}) print what python3 prints",
                      status == 0 and out == want,
                      f"status {status}\nwant {want!r}\ngot  {out!r}\nerr {err!r}")


def ctrl_c_in_accept(target):
    """Ctrl-C ends a blocking accept() with KeyboardInterrupt (and, on DOS,
    the packet driver is released)."""
    host_port = sockpeers.free_port()
    proc = target.start("sockwait.py", "1234", hostfwd=f"{host_port}:1234")
    try:
        listening = streams.wait_for_line(proc, "listening")
        target.interrupt(proc)
        _, err = proc.communicate(timeout=streams.HANG_GUARD_S)
    finally:
        streams.reap(proc)
    err = err.decode(errors="replace")
    streams.check(f"Ctrl-C in a blocking accept() ({target.name}): KeyboardInterrupt",
                  listening and streams.ended_by_ctrl_c(target, proc, err),
                  f"status {proc.returncode} err {err!r}")


def main():
    target = streams.Target(sys.argv[1:])
    echo, source, counter = sockpeers.Echo(), sockpeers.Source(), sockpeers.Counter()
    closed = sockpeers.free_port()
    streams.same_as_cpython(target, "blocking TCP: echo, 1 MiB each way, errors",
                            "tcppeer.py", *map(str, (echo.port, source.port,
                                                     counter.port, closed)))
    streams.same_as_cpython(target, "UDP datagrams", "udppeer.py",
                            str(sockpeers.UdpEcho().port))
    streams.same_as_cpython(target, "http.client and urllib.request", "httppeer.py",
                            str(sockpeers.Http().port))
    dns_names(target)
    ctrl_c_in_accept(target)
    if target.dos:
        streams.local_tests_on_dos(target, "sockets", DOS_LOCAL_TESTS)
    failures = streams.failures
    print(f"{len(failures)} failed" if failures else "all passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
