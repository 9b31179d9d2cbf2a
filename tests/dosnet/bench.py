#!/usr/bin/env python3
"""Throughput of the DOS network path: NETTEST.EXE pumps SIZE bytes each way
(no per-byte generation or checking in the EXE) through a Python echo
server on the host, under `dosrun --net --mips 35 --stats` (a 486DX2-66). Prints instructions per payload byte end to end (DHCP and
start-up included; both directions' payload counted), emulated and wall
MB/s. Usage: bench.py DOSRUN NETTEST.EXE [SIZE]."""
import re
import subprocess
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from run_helpers import EchoServer  # noqa: E402

DOSRUN, EXE = sys.argv[1], sys.argv[2]
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 1 << 20
MIPS = 35

server = EchoServer()
p = subprocess.run([DOSRUN, "--net", "--mips", str(MIPS), "--stats", EXE, "pump", str(server.port), str(SIZE)],
                   capture_output=True, text=True, timeout=600)
if p.returncode != 0:
    sys.exit(f"bench-dosnet: NETTEST failed ({p.returncode}): {p.stderr[-500:]}")
instructions = int(re.search(r"instructions: (\d+)", p.stderr).group(1))
wall = float(re.search(r"wall time: ([\d.]+) s", p.stderr).group(1))
emulated = float(re.search(r"emulated time: ([\d.]+) s", p.stderr).group(1))
payload = 2 * SIZE
print(f"bench-dosnet: {SIZE} bytes each way at --mips {MIPS}: {instructions} instructions, "
      f"{instructions / payload:.1f} instructions per payload byte")
print(f"bench-dosnet: emulated {payload / emulated / 1e6:.3f} MB/s (both ways together), "
      f"wall {payload / wall / 1e6:.3f} MB/s; a 10 Mbit/s wire carries ~1.15 MB/s one way")
