# Benchmarks (benches/, see benches/README.md): each script under mpydos,
# the optimized CPython (/usr/bin/python3) and MicroPython (when built, see
# below) interleaved, best of N CPU times, reported as ratios.
.PHONY: bench-py
BENCHES += bench-py

bench-py: build
	$(PYTHON) benches/run_bench.py --binary $(HOST_BIN)

# What MPYDOS.EXE costs, and which modules and crates take the bytes.
.PHONY: bench-size
BENCHES += bench-size

bench-size: dist
	@ls -l $(EXE) | awk '{print $$5 " bytes: " $$9}'
	$(PYTHON) tools/module_sizes.py target/i486-pc-msdos/dos/mpydos 30

# Where the memory goes: EXE and resident bytes, free memory on a 4 MB PC
# before and after `import asyncio`, bytes per instance and per task, peak
# RSS of 100,000 instances against python3 (benches/memory/report.py).
.PHONY: bench-mem
BENCHES += bench-mem

bench-mem: dist build
	$(PYTHON) benches/memory/report.py

# MicroPython's unix port, the second reference of bench-py (issue 13):
# `make micropython MICROPYTHON_SRC=path/to/micropython` (a checkout or a bare
# git directory; nothing is downloaded).
.PHONY: micropython
micropython:
	tools/build_micropython.sh $(MICROPYTHON_SRC)

# Interpreter costs on DOS in exact i486 instruction counts (issue 13): per
# Python call, per generator resume, per pystone loop.
.PHONY: bench-speed-dos
BENCHES += bench-speed-dos

bench-speed-dos: dist build
	$(PYTHON) benches/timing/dos_speed.py --exe $(EXE) --dosrun $(DOSRUN)
