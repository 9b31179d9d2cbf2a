# The compiler (src/vm/compile). Its own tests run in test-cargo; here:
# CPython's standard library as a stress corpus, and regenerating the
# compile-error expectations from CPython.
COMPILE_STDLIB_LIST := target/compile-stdlib.txt
.PHONY: test-compile-stdlib expect-compile
TESTS += test-compile-stdlib
test-compile-stdlib:
	$(PYTHON) tests/compile/stdlib_list.py $(COMPILE_STDLIB_LIST)
	MPYDOS_COMPILE_CORPUS=$(CURDIR)/$(COMPILE_STDLIB_LIST) $(CARGO) test --release -p mpydos --test compile_stdlib -- --ignored --nocapture external_corpus

expect: expect-compile
expect-compile:
	$(PYTHON) tests/compile/gen_error_expectations.py
