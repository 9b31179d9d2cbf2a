# asyncio (issue 5). Its tests are the tests/py/asyncio suite (mk/pytests.mk);
# its throughput benchmarks are benches/aio_*.py (bench-py). This adds the
# wake-up accuracy report: how late sleep() returns, mpydos then python3.
.PHONY: bench-aio-timing
BENCHES += bench-aio-timing

bench-aio-timing: build
	@echo "asyncio.sleep lateness, mpydos:"
	@$(HOST_BIN) benches/timing/sleep_accuracy.py
	@echo "asyncio.sleep lateness, python3:"
	@$(PYTHON) benches/timing/sleep_accuracy.py

# The same on DOS, under dosrun --mips 35 (virtual time): the lateness
# report, then instructions per task switch, per task, per timer (--stats).
.PHONY: bench-aio-dos
BENCHES += bench-aio-dos

bench-aio-dos: dist build
	$(PYTHON) benches/timing/dos_timing.py
