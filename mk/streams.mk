# asyncio TCP streams end to end (tests/streams/run.py): the same scripts
# under python3 (peers at 127.0.0.1) and MPYDOS (peers at 10.0.2.2), on the
# host build (libslirp) and the DOS EXE under `dosrun --net`. The local
# tests (server and clients in one script) are the `streams` suite of
# tests/py, run by test-py.
.PHONY: test-streams test-streams-dos bench-streams
TESTS += test-streams test-streams-dos
test-streams: build
	$(PYTHON) tests/streams/run.py --host $(HOST_BIN)

test-streams-dos: build dist
	$(PYTHON) tests/streams/run.py --dos $(DOSRUN) $(EXE)

BENCHES += bench-streams
bench-streams: build dist
	$(PYTHON) tests/streams/bench.py $(HOST_BIN) $(DOSRUN) $(EXE)
