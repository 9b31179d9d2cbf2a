# Text engines (src/vm/text): their tests run in test-cargo; this is the
# benchmark, reported as the time ratio mpydos/CPython for the same work.
.PHONY: bench-text
BENCHES += bench-text
bench-text:
	$(CARGO) build --release --example text_bench
	@$(PYTHON) src/vm/text/bench/floats.py > target/text_bench_py.txt
	@target/release/examples/text_bench > target/text_bench_rs.txt
	@paste target/text_bench_rs.txt target/text_bench_py.txt | awk '{ \
	  if ($$3 != $$6) { print "bench-text: output sizes differ for " $$1; exit 1 } \
	  printf "text %-12s rust %.3fs  cpython %.3fs  ratio %.2f\n", $$1, $$2, $$5, $$2 / $$5 }'

# The test tables come from python3: `make expect-text` regenerates them;
# test-text-oracle checks that the committed ones are what python3 says
# (the *suite_cases tables need CPython's own test package; without it they
# are left as committed).
TEXT_DATA := src/vm/text/testdata
TEXT_ORACLE := target/text-oracle
.PHONY: expect-text test-text-oracle
expect: expect-text
expect-text:
	cd $(TEXT_DATA) && for g in gen_*.py; do $(PYTHON) $$g || exit 1; done

TESTS += test-text-oracle
test-text-oracle:
	@rm -rf $(TEXT_ORACLE) && mkdir -p $(TEXT_ORACLE)/testdata
	@cp $(TEXT_DATA)/*.py $(TEXT_DATA)/*suite_cases.txt $(TEXT_ORACLE)/testdata/
	@cd $(TEXT_ORACLE)/testdata && for g in gen_*.py; do $(PYTHON) $$g || exit 1; done
	@for f in $(TEXT_ORACLE)/testdata/*.txt $(TEXT_ORACLE)/unicode_tables.rs; do \
	  committed=$$(dirname $(TEXT_DATA))/$${f#$(TEXT_ORACLE)/}; \
	  cmp -s $$f $$committed || { echo "test-text-oracle: $$committed is not what python3 gives; run make expect-text"; exit 1; }; done
	@echo "test-text-oracle: the text engines' tables match python3"
