# dosrun, the DOS test harness (tools/dosrun): its behaviour tests assemble
# tiny DJGPP programs with nasm + i586-pc-msdosdjgpp-ld (installed by `make setup`).
.PHONY: test-dosrun
TESTS += test-dosrun
test-dosrun: setup
	$(CARGO) test --release -p dosrun
