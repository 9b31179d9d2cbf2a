# REPL tests: the line editor's unit tests, and whole sessions of `mpydos`
# through a pseudo-terminal compared with python3's REPL.
.PHONY: test-repl
TESTS += test-repl
test-repl: build
	$(CARGO) test --release --lib lineedit
	$(PYTHON) tests/repl/run_repl_tests.py $(HOST_BIN)
