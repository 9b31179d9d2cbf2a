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
    failures = streams.failures
    print(f"{len(failures)} failed" if failures else "all passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
