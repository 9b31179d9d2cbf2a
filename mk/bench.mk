# Benchmarks (benches/, see benches/README.md): each script under mpydos and
# python3 in the same run, best of N, reported as the ratio mpydos / python3.
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
