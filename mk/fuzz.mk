# Bad input never crashes it (issue 11, tests/fuzz/fuzz.py):
#   test-fuzz   the crash corpus, then a short fixed-seed batch of generated
#               programs, compared with python3 (crash/hang/exit 70 fail)
#   test-cli    command-line edge cases: a directory given as the script
#   fuzz        the long run: 30 minutes from a time seed (FUZZ_SECONDS=)
.PHONY: test-fuzz test-cli fuzz
TESTS += test-fuzz test-cli
FUZZ_SECONDS ?= 1800

test-fuzz: build
	$(PYTHON) tests/fuzz/fuzz.py --binary $(HOST_BIN) --seed 1 --count 40

test-cli: build
	$(PYTHON) tests/fuzz/cli_checks.py $(HOST_BIN)

fuzz: build
	$(PYTHON) tests/fuzz/fuzz.py --binary $(HOST_BIN) --seconds $(FUZZ_SECONDS)
