# Text engines (src/vm/text): their tests run in test-cargo; this is the
# benchmark, reported as the time ratio mpydos/CPython for the same work.
.PHONY: bench-text
BENCHES += bench-text
bench-text:
	@$(PYTHON) benches/text/floats.py > target/text_bench_py.txt
	$(CARGO) bench --bench text_bench > target/text_bench_rs.txt
	@paste target/text_bench_rs.txt target/text_bench_py.txt | awk '{ \
	  if ($$3 != $$6) { print "bench-text: output sizes differ for " $$1; exit 1 } \
	  printf "text %-12s rust %.3fs  cpython %.3fs  ratio %.2f\n", $$1, $$2, $$5, $$2 / $$5 }'

# The test tables come from python3: `make expect-text` regenerates them;
# test-text-oracle checks that the committed ones are what python3 says
# (the *suite_cases tables need CPython's own test package; without it they
# are left as committed).
# The generators write their tables beside them, and unicode_tables.rs
# to ../../src/vm/text/; the oracle reruns them in a copy of that layout.
TEXT_DATA := tests/text
TEXT_TABLE := src/vm/text/unicode_tables.rs
TEXT_ORACLE := target/text-oracle
.PHONY: expect-text test-text-oracle
expect: expect-text
expect-text:
	cd $(TEXT_DATA) && for g in gen_*.py; do $(PYTHON) $$g || exit 1; done

TESTS += test-text-oracle
test-text-oracle:
	@rm -rf $(TEXT_ORACLE) && mkdir -p $(TEXT_ORACLE)/$(TEXT_DATA) $(TEXT_ORACLE)/$(dir $(TEXT_TABLE))
	@cp $(TEXT_DATA)/*.py $(TEXT_DATA)/*suite_cases.txt $(TEXT_ORACLE)/$(TEXT_DATA)/
	@cd $(TEXT_ORACLE)/$(TEXT_DATA) && for g in gen_*.py; do $(PYTHON) $$g || exit 1; done
	@for f in $(TEXT_ORACLE)/$(TEXT_DATA)/*.txt $(TEXT_ORACLE)/$(TEXT_TABLE); do \
	  committed=$${f#$(TEXT_ORACLE)/}; \
	  cmp -s $$f $$committed || { echo "test-text-oracle: $$committed is not what python3 gives; run make expect-text"; exit 1; }; done
	@echo "test-text-oracle: the text engines' tables match python3"
