# REPL tests: the line editor's unit tests; whole sessions of `mpydos`
# through a pseudo-terminal, and of MPYDOS.EXE under dosrun with keystrokes
# on stdin, each compared with python3's REPL.
.PHONY: test-repl test-repl-dos
TESTS += test-repl test-repl-dos
test-repl: build
	$(CARGO) test --release --lib lineedit
	$(PYTHON) tests/repl/run_repl_tests.py $(HOST_BIN)

test-repl-dos: dist build
	$(PYTHON) tests/repl/run_dos_repl_tests.py $(DOSRUN) $(EXE)
