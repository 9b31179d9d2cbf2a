#!/usr/bin/env python3
"""make bench-sockets: bulk transfer through blocking sockets.
Host: 16 MiB each way (recv(65536) from a source, sendall to a counter),
MPYDOS through libslirp against the same script under CPython, as MB/s
and ratios. DOS (`dosrun --net --mips 35 --stats`): instructions per
payload byte for 1 MiB each way (the run minus a zero-byte run).
Usage: bench.py MPYDOS DOSRUN MPYDOS.EXE"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sockpeers  # noqa: E402
from benchrun import Bench  # noqa: E402  tests/streams/benchrun.py (on the path by sockpeers)

HOST_BULK = 16 << 20
DOS_BULK = 1 << 20


def main():
    bench = Bench("bench-sockets", HERE)
    peers = {"recv": sockpeers.Source(), "send": sockpeers.Counter()}
    for mode, peer in peers.items():
        args = ["sockbnch.py", None, str(peer.port), mode, str(HOST_BULK)]
        py = bench.seconds([sys.executable, *args[:1], "127.0.0.1", *args[2:]])
        mp = bench.seconds([bench.mpydos, *args[:1], "10.0.2.2", *args[2:]])
        print(f"host {mode} {HOST_BULK >> 20} MiB: MPYDOS {HOST_BULK / mp / 1e6:.1f} MB/s "
              f"({mp:.2f} s), CPython {HOST_BULK / py / 1e6:.1f} MB/s, ratio {py / mp:.2f}")
    for mode, peer in peers.items():
        per_byte = bench.per_byte(["sockbnch.py", "10.0.2.2", str(peer.port), mode], DOS_BULK)
        print(f"DOS {mode} 1 MiB: {per_byte:.0f} instructions per payload byte "
              f"(at 35 MIPS: {35e6 / per_byte / 1e3:.0f} KB/s, {DOS_BULK * per_byte / 35e6:.1f} s)")


main()
