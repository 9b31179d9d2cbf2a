# Independent DOS rigs (tests/rigs, issue 10): MPYDOS.EXE on DOSes we did
# not write, from third-party parts found in $(THIRDPARTY) (never copied
# into this repository; absent parts make a suite skip with one line).
#   test-rig-dosbox        the DOS test subset, DOSBox 0.74 + CWSDPMI
#   test-rig-qemu          the DOS test subset, QEMU -cpu 486 + FreeDOS + CWSDPMI
#   test-rig-qemu-fdapm    its timer and sleep tests again with FDAPM APMDOS
#   test-rig-qemu-net      the network suites over NE2000.COM
#   test-release           the release zip, unzipped on a fresh FreeDOS disk
# Each prints how long it took.
THIRDPARTY ?= ../shared/thirdparty
RIG_ENV := MPYDOS_THIRDPARTY=$(abspath $(THIRDPARTY))
APT_PACKAGES += dosbox qemu-system-x86 mtools dosfstools

.PHONY: test-rig-dosbox test-rig-qemu test-rig-qemu-fdapm test-rig-qemu-net
TESTS += test-rig-dosbox test-rig-qemu test-rig-qemu-fdapm test-rig-qemu-net
# The subset's tests that sleep or read the clock.
RIG_TIMER_TESTS := asyncio/ s12_modules/ticks s12_modules/time
test-rig-dosbox: dist
	$(RIG_ENV) $(PYTHON) tests/rigs/subset.py dosbox $(EXE)
test-rig-qemu: dist
	$(RIG_ENV) $(PYTHON) tests/rigs/subset.py qemu $(EXE)
test-rig-qemu-fdapm: dist
	$(RIG_ENV) $(PYTHON) tests/rigs/subset.py qemu $(EXE) --fdapm $(RIG_TIMER_TESTS)
test-rig-qemu-net: dist
	$(RIG_ENV) $(PYTHON) tests/rigs/net.py $(EXE)

# How sleeps wake and how much host CPU a sleeping PC takes on QEMU, with
# and without FDAPM (benches/rigs/qemu_idle.py; prints, never fails on a
# number). Run it on an idle machine: QEMU loses timer ticks when starved.
.PHONY: bench-rig-idle
BENCHES += bench-rig-idle
bench-rig-idle: dist
	$(RIG_ENV) $(PYTHON) benches/rigs/qemu_idle.py $(EXE)

# The release: dist/MPYDOS<version>.ZIP, a FreeDOS package (tools/release.py);
# `make release CWSDPMI=path/CWSDPMI.EXE` adds the user's copy and its licence.
CWSDPMI ?=
.PHONY: release test-release
release: dist
	$(PYTHON) tools/release.py --exe $(EXE) --out dist $(if $(CWSDPMI),--cwsdpmi $(CWSDPMI))

TESTS += test-release
test-release: release
	$(RIG_ENV) $(PYTHON) tests/rigs/release.py $(EXE)
