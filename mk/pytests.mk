# Python test corpus (tests/py, see tests/py/README.md):
#   test-py         every enabled suite under target/release/mpydos
#   test-py-dos     the DOS subset under dosrun dist/MPYDOS.EXE
#   test-py-oracle  the corpus against python3 itself (expectations up to date)
#   test-py-runner  the runner's own self-test on a throw-away corpus
#   expect          regenerate every expectation from python3 (never by hand)
.PHONY: test-py test-py-dos test-py-oracle test-py-runner expect-py
TESTS += test-py-runner test-py-oracle test-py test-py-dos

test-py: build
	$(PYTHON) tests/run_py.py --binary $(HOST_BIN)

test-py-runner:
	$(PYTHON) -m unittest discover -s tests/tools -p 'test_*.py'

test-py-oracle:
	$(PYTHON) tests/run_py.py --binary $(PYTHON) --all-suites --no-known

test-py-dos: build dist
	$(PYTHON) tests/run_py.py --dos --binary $(EXE) --dosrun $(DOSRUN)

expect: expect-py
expect-py:
	$(PYTHON) tests/run_py.py --write-expected
