# Benchmarks (benches/, see benches/README.md): each script under mpydos and
# python3 in the same run, best of N, reported as the ratio mpydos / python3.
.PHONY: bench-py
BENCHES += bench-py

bench-py: build
	$(PYTHON) benches/run_bench.py --binary $(HOST_BIN)
