# The echo soak (issue 11, tests/soak/soak.py): MPYDOS.EXE serving echoes
# under dosrun --net --mem 4 with loss, reordering and duplication while
# host clients open short, long, reset and abandoned connections; the
# server's gc.mem_alloc() must come back to where it was. Long: not in
# make test. SOAK_SECONDS= sets its length (default 30 minutes).
.PHONY: soak
SOAK_SECONDS ?= 1800

soak: build dist
	$(PYTHON) tests/soak/soak.py $(DOSRUN) $(EXE) $(SOAK_SECONDS)
