"""What the network benchmarks (tests/streams/bench.py, tests/sockets/
bench.py) share: their command line (MPYDOS DOSRUN MPYDOS.EXE), running a
script (a failure ends the benchmark), the seconds it prints last, and
dosrun's statistics: instructions per payload byte (a run minus the same
run moving zero bytes) and peak DPMI memory."""
import os
import re
import subprocess
import sys


class Bench:
    def __init__(self, name, here):
        self.name, self.here = name, here
        self.mpydos, self.dosrun, self.exe = (os.path.abspath(a) for a in sys.argv[1:4])

    def run(self, cmd):
        p = subprocess.run(cmd, cwd=self.here, capture_output=True, text=True, timeout=900)
        if p.returncode != 0:
            sys.exit(f"{self.name}: {' '.join(cmd)} failed ({p.returncode}): {p.stderr[-400:]}")
        return p.stdout, p.stderr

    def seconds(self, cmd):
        return float(self.run(cmd)[0].split()[-1])

    def dos_stat(self, args, pattern):
        _, err = self.run([self.dosrun, "--net", "--mips", "35", "--stats", self.exe, *args])
        return int(re.search(pattern, err).group(1))

    def per_byte(self, args, size, after=()):
        """DOS instructions per payload byte: the script run with `args`,
        `size` and `after` minus the same with 0 for `size`."""
        instr = r"instructions: (\d+)"
        full = self.dos_stat([*args, str(size), *after], instr)
        return (full - self.dos_stat([*args, "0", *after], instr)) / size
