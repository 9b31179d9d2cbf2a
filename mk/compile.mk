# The compiler (src/vm/compile). Its own tests run in test-cargo; here:
# CPython's standard library as a stress corpus, end-to-end scripts run by
# mpydos against python3's output, and regenerating the expectations.
COMPILE_STDLIB_LIST := target/compile-stdlib.txt
.PHONY: test-compile-stdlib test-compile-run expect-compile
TESTS += test-compile-stdlib test-compile-run
test-compile-stdlib:
	$(PYTHON) tests/compile/stdlib_list.py $(COMPILE_STDLIB_LIST)
	MPYDOS_COMPILE_CORPUS=$(CURDIR)/$(COMPILE_STDLIB_LIST) $(CARGO) test --release -p mpydos --test compile_stdlib -- --ignored --nocapture external_corpus

test-compile-run: build
	@for script in tests/compile/run/*.py; do \
	  $(HOST_BIN) $$script 2>&1 | diff -u $${script%.py}.out - || exit 1; \
	done; echo "test-compile-run: ok"

expect: expect-compile
expect-compile:
	$(PYTHON) tests/compile/gen_error_expectations.py
	$(PYTHON) tests/compile/gen_caret_expectations.py
	tests/compile/run/expect.sh
