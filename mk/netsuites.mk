# The network suites run end to end, each a folder of tests/ with a run.py
# and a bench.py: the same scripts under python3 (peers at 127.0.0.1) and
# MPYDOS (peers at 10.0.2.2), on the host build (libslirp) and the DOS EXE
# under `dosrun --net`. Their loopback tests (server and client in one
# script) are the suites of the same name in tests/py, run by test-py.
#   sockets  blocking sockets, select, http.client and urllib.request
#   streams  asyncio TCP streams
# Each gives test-NAME, test-NAME-dos and bench-NAME.
NET_SUITES := sockets streams

define net_suite
.PHONY: test-$(1) test-$(1)-dos bench-$(1)
TESTS += test-$(1) test-$(1)-dos
BENCHES += bench-$(1)
test-$(1): build
	$$(PYTHON) tests/$(1)/run.py --host $$(HOST_BIN)

test-$(1)-dos: build dist
	$$(PYTHON) tests/$(1)/run.py --dos $$(DOSRUN) $$(EXE)

bench-$(1): build dist
	$$(PYTHON) tests/$(1)/bench.py $$(HOST_BIN) $$(DOSRUN) $$(EXE)
endef

$(foreach suite,$(NET_SUITES),$(eval $(call net_suite,$(suite))))
