# The parser (src/vm/syntax) against CPython 3.11. Its own corpus runs in
# test-cargo; here: CPython's whole standard library as a second corpus,
# regenerating the corpus expectations, and the parse-speed benchmark.
SYNTAX_STDLIB := target/syntax-stdlib
.PHONY: test-syntax-stdlib expect-syntax bench-syntax
TESTS += test-syntax-stdlib
test-syntax-stdlib:
	rm -rf $(SYNTAX_STDLIB)
	$(PYTHON) tests/syntax/stdlib_expect.py $(SYNTAX_STDLIB)
	MPYDOS_SYNTAX_CORPUS=$(CURDIR)/$(SYNTAX_STDLIB) $(CARGO) test --release -p mpydos --test syntax -- --ignored external_corpus

expect: expect-syntax
expect-syntax:
	$(PYTHON) tests/syntax/make_expect.py

BENCHES += bench-syntax
bench-syntax:
	$(CARGO) test --release -p mpydos --test syntax -- --ignored --nocapture parse_speed
