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
