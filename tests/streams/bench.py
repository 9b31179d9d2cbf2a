#!/usr/bin/env python3
"""make bench-streams: asyncio streams speed.
Host: bulk TCP into a Python loop reading 4 KiB chunks, and request/response
round trips, MPYDOS (through libslirp) against the same script under CPython
asyncio on real sockets, as ratios. DOS (`dosrun --net --mips 35 --stats`):
instructions per payload byte in read(4096) and readexactly(4096) (the run
minus a zero-byte run), and peak DPMI memory with 48 connections open
against none (the DOS heap grows in blocks of 1 MiB or more, so this
bounds RAM per connection only coarsely;
the net layer's own cost is net::connection_ram_bytes, 16 KiB buffers each
way plus 340 bytes on the i486 build).
Usage: bench.py MPYDOS DOSRUN MPYDOS.EXE"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peers  # noqa: E402
from benchrun import Bench  # noqa: E402

HOST_BULK = 16 << 20
HOST_ROUND_TRIPS = 2000
DOS_BULK = 256 << 10
DOS_CONNS = 48


def main():
    bench = Bench("bench-streams", HERE)
    source, echo = peers.Source(), peers.Echo()
    py = bench.seconds([sys.executable, "sink.py", "127.0.0.1", str(source.port), str(HOST_BULK)])
    mp = bench.seconds([bench.mpydos, "sink.py", "10.0.2.2", str(source.port), str(HOST_BULK)])
    print(f"host bulk {HOST_BULK >> 20} MiB in 4 KiB reads: MPYDOS {HOST_BULK / mp / 1e6:.1f} MB/s, "
          f"CPython {HOST_BULK / py / 1e6:.1f} MB/s, ratio {py / mp:.2f} of CPython")
    py = bench.seconds([sys.executable, "rr.py", "127.0.0.1", str(echo.port), str(HOST_ROUND_TRIPS)])
    mp = bench.seconds([bench.mpydos, "rr.py", "10.0.2.2", str(echo.port), str(HOST_ROUND_TRIPS)])
    print(f"host round trips: MPYDOS {HOST_ROUND_TRIPS / mp:.0f}/s, CPython "
          f"{HOST_ROUND_TRIPS / py:.0f}/s, ratio {py / mp:.2f} of CPython")
    for mode, call in (((), "read(4096)"), (("exactly",), "readexactly(4096)")):
        per_byte = bench.per_byte(["sink.py", "10.0.2.2", str(source.port)], DOS_BULK, mode)
        print(f"DOS bulk {DOS_BULK >> 10} KiB in {call}: {per_byte:.1f} instructions per "
              f"payload byte (at 35 MIPS: {35e6 / per_byte / 1e3:.0f} KB/s)")
    memory = r"peak DPMI memory: (\d+)"
    many = bench.dos_stat(["conns.py", "10.0.2.2", str(echo.port), str(DOS_CONNS)], memory)
    none = bench.dos_stat(["conns.py", "10.0.2.2", str(echo.port), "0"], memory)
    print(f"DOS peak DPMI memory: {many} bytes with {DOS_CONNS} connections open, "
          f"{none} with none")


main()
