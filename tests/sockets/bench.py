#!/usr/bin/env python3
"""make bench-sockets: bulk transfer through blocking sockets.
Host: 16 MiB each way (recv(65536) from a source, sendall to a counter),
MPYDOS through libslirp against the same script under CPython, as MB/s
and ratios. DOS (`dosrun --net --mips 35 --stats`): instructions per
payload byte for 1 MiB each way (the run minus a zero-byte run).
Usage: bench.py MPYDOS DOSRUN MPYDOS.EXE"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sockpeers  # noqa: E402

MPYDOS, DOSRUN, EXE = (os.path.abspath(a) for a in sys.argv[1:4])
HOST_BULK = 16 << 20
DOS_BULK = 1 << 20


def run(cmd):
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        sys.exit(f"bench-sockets: {' '.join(cmd)} failed ({p.returncode}): {p.stderr[-400:]}")
    return p.stdout, p.stderr


def seconds(cmd):
    return float(run(cmd)[0].split()[-1])


def main():
    peers = {"recv": sockpeers.Source(), "send": sockpeers.Counter()}
    for mode, peer in peers.items():
        args = ["sockbnch.py", None, str(peer.port), mode, str(HOST_BULK)]
        py = seconds([sys.executable, *args[:1], "127.0.0.1", *args[2:]])
        mp = seconds([MPYDOS, *args[:1], "10.0.2.2", *args[2:]])
        print(f"host {mode} {HOST_BULK >> 20} MiB: MPYDOS {HOST_BULK / mp / 1e6:.1f} MB/s "
              f"({mp:.2f} s), CPython {HOST_BULK / py / 1e6:.1f} MB/s, ratio {py / mp:.2f}")
    for mode, peer in peers.items():
        counts = []
        for size in (DOS_BULK, 0):
            _, err = run([DOSRUN, "--net", "--mips", "35", "--stats", EXE, "sockbnch.py",
                          "10.0.2.2", str(peer.port), mode, str(size)])
            counts.append(int(re.search(r"instructions: (\d+)", err).group(1)))
        per_byte = (counts[0] - counts[1]) / DOS_BULK
        print(f"DOS {mode} 1 MiB: {per_byte:.0f} instructions per payload byte "
              f"(at 35 MIPS: {35e6 / per_byte / 1e3:.0f} KB/s, {DOS_BULK * per_byte / 35e6:.1f} s)")


main()
