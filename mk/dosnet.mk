# The DOS network: NETTEST.EXE (src/bin/nettest.rs, built by `make dist`'s
# --bins) over the packet driver (src/pktdrv.rs, src/dos/pktdrv.rs) under
# `dosrun --net` (tools/dosrun/src/net/), against Python peers on the host.
NETTEST := dist/NETTEST.EXE

.PHONY: nettest test-dosnet
nettest: dist
	djgpp/package.sh $(DOS_ELF_DIR)/nettest $(NETTEST)

TESTS += test-dosnet
test-dosnet: nettest build
	$(PYTHON) tests/dosnet/run.py $(DOSRUN) $(NETTEST)

.PHONY: bench-dosnet
BENCHES += bench-dosnet
bench-dosnet: nettest build
	$(PYTHON) tests/dosnet/bench.py $(DOSRUN) $(NETTEST)
