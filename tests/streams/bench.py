#!/usr/bin/env python3
"""make bench-streams: asyncio streams speed.
Host: bulk TCP into a Python loop reading 4 KiB chunks, and request/response
round trips, MPYDOS (through libslirp) against the same script under CPython
asyncio on real sockets, as ratios. DOS (`dosrun --net --mips 35 --stats`):
instructions per payload byte (the run minus a zero-byte run), and peak
DPMI memory with 48 connections open against none (the DOS heap grows in
blocks of 1 MiB or more, so this bounds RAM per connection only coarsely;
the net layer's own cost is net::connection_ram_bytes, 16 KiB buffers each
way plus 340 bytes on the i486 build).
Usage: bench.py MPYDOS DOSRUN MPYDOS.EXE"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peers  # noqa: E402

MPYDOS, DOSRUN, EXE = (os.path.abspath(a) for a in sys.argv[1:4])
HOST_BULK = 16 << 20
HOST_ROUND_TRIPS = 2000
DOS_BULK = 256 << 10
DOS_CONNS = 48


def run(cmd):
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        sys.exit(f"bench-streams: {' '.join(cmd)} failed ({p.returncode}): {p.stderr[-400:]}")
    return p.stdout, p.stderr


def seconds(cmd):
    out, _ = run(cmd)
    return float(out.split()[-1])


def dos_stat(args, pattern):
    _, err = run([DOSRUN, "--net", "--mips", "35", "--stats", EXE, *args])
    return int(re.search(pattern, err).group(1))


def main():
    source, echo = peers.Source(), peers.Echo()
    py = seconds([sys.executable, "sink.py", "127.0.0.1", str(source.port), str(HOST_BULK)])
    mp = seconds([MPYDOS, "sink.py", "10.0.2.2", str(source.port), str(HOST_BULK)])
    print(f"host bulk {HOST_BULK >> 20} MiB in 4 KiB reads: MPYDOS {HOST_BULK / mp / 1e6:.1f} MB/s, "
          f"CPython {HOST_BULK / py / 1e6:.1f} MB/s, ratio {py / mp:.2f} of CPython")
    py = seconds([sys.executable, "rr.py", "127.0.0.1", str(echo.port), str(HOST_ROUND_TRIPS)])
    mp = seconds([MPYDOS, "rr.py", "10.0.2.2", str(echo.port), str(HOST_ROUND_TRIPS)])
    print(f"host round trips: MPYDOS {HOST_ROUND_TRIPS / mp:.0f}/s, CPython "
          f"{HOST_ROUND_TRIPS / py:.0f}/s, ratio {py / mp:.2f} of CPython")
    instr = r"instructions: (\d+)"
    full = dos_stat(["sink.py", "10.0.2.2", str(source.port), str(DOS_BULK)], instr)
    empty = dos_stat(["sink.py", "10.0.2.2", str(source.port), "0"], instr)
    print(f"DOS bulk {DOS_BULK >> 10} KiB into 4 KiB reads: {(full - empty) / DOS_BULK:.0f} "
          f"instructions per payload byte (at 35 MIPS: {DOS_BULK * 35e6 / (full - empty) / 1e3:.0f} KB/s)")
    memory = r"peak DPMI memory: (\d+)"
    many = dos_stat(["conns.py", "10.0.2.2", str(echo.port), str(DOS_CONNS)], memory)
    none = dos_stat(["conns.py", "10.0.2.2", str(echo.port), "0"], memory)
    print(f"DOS peak DPMI memory: {many} bytes with {DOS_CONNS} connections open, "
          f"{none} with none")


main()
