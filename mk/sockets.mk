# Blocking sockets, select, http.client and urllib.request end to end
# (tests/sockets/run.py): the same scripts under python3 (peers at
# 127.0.0.1) and MPYDOS (peers at 10.0.2.2), on the host build (libslirp)
# and the DOS EXE under `dosrun --net`. The loopback tests (server and
# client in one script) are the `sockets` suite of tests/py.
.PHONY: test-sockets test-sockets-dos bench-sockets
TESTS += test-sockets test-sockets-dos
test-sockets: build
	$(PYTHON) tests/sockets/run.py --host $(HOST_BIN)

test-sockets-dos: build dist
	$(PYTHON) tests/sockets/run.py --dos $(DOSRUN) $(EXE)

BENCHES += bench-sockets
bench-sockets: build dist
	$(PYTHON) tests/sockets/bench.py $(HOST_BIN) $(DOSRUN) $(EXE)
