# The DOS build: dist/MPYDOS.EXE (and the conformance program
# dist/CONFORM.EXE) from the same sources as the host build, by the route of
# DOS.md section 1: a custom i486 soft-float target built with build-std,
# linked by rust-lld with djgpp/elf.ld, wrapped into coff-go32-exe by
# djgpp/package.sh, which also checks the result.

DOS_TARGET := djgpp/i486-pc-msdos.json
DOS_ELF_DIR := target/i486-pc-msdos/dos
DOS_CARGO_FLAGS := -Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem \
  -Zjson-target-spec --target $(DOS_TARGET) --profile dos --no-default-features --features dos
# The frozen Python modules, compiled on the host (src/bin/freeze.rs) and
# appended to MPYDOS.EXE after its loaded image by package.sh: an import reads
# its module's code from the file instead of compiling source.
FROZEN_BLOB := target/frozen.bin
# Panics report no source location: the file names and one Location record
# per panic site were ~54 KB of the image (2026-12). `make dist
# DOS_RUSTFLAGS=` builds them back in, to hunt a panic down.
# A change here rebuilds core too (Cargo sees new flags).
DOS_RUSTFLAGS ?= -Zlocation-detail=none
# RUSTC_BOOTSTRAP=1 unlocks the -Z flags on the pinned stable toolchain.
# The wrapper keeps x87 code out of core, compiler_builtins and libm (see it).
# Cargo does not rebuild when the wrapper changes: a target dir built
# without it fails test-dos-nofpu until `rm -rf target/i486-pc-msdos`.
DOS_ENV = RUSTC_BOOTSTRAP=1 RUSTFLAGS="$(DOS_RUSTFLAGS)" RUSTC_WRAPPER=$(abspath djgpp/rustc-softfloat.sh)
DOS_BUILD = $(DOS_ENV) $(CARGO) build $(DOS_CARGO_FLAGS) --bins
DOS_REPRO_DIR := target/dos-repro
# MPYDOS.EXE's image is stored compressed and unpacked in place at start
# (tools/exepack, djgpp/unpack.asm); `make dist EXEPACK=` builds it unpacked,
# for a debugger or to compare.
EXEPACK ?= 1
PACK_FLAG := $(if $(EXEPACK),--pack)

.PHONY: dist frozen-blob run-dos test-dos-exe test-dos-repro test-conform-host test-conform-dos
# Always run: Cargo rebuilds freeze when the compiler changes, and freeze
# rewrites the blob only when a module's code does.
frozen-blob: setup
	$(CARGO) build --release --bin freeze
	target/release/freeze $(FROZEN_BLOB)

dist: frozen-blob
	$(if $(EXEPACK),$(CARGO) build --release -p exepack)
	$(DOS_BUILD)
	@mkdir -p dist
	djgpp/package.sh $(PACK_FLAG) $(DOS_ELF_DIR)/mpydos $(EXE) $(FROZEN_BLOB)
	djgpp/package.sh $(DOS_ELF_DIR)/conform dist/CONFORM.EXE
	sed 's/$$/\r/' docs/MANUAL.md > dist/MANUAL.TXT

# The main job: MPYDOS.EXE under dosrun runs the manual page's examples
# (dist/EXAMPLES) that need no network peer.
RUN_DEPS += run-dos
run-dos: dist build
	$(DOSRUN) $(EXE) --version
	cd dist && for demo in HELLO GATHER WAITFOR TICKER; do \
	  echo "--- C:\\> MPYDOS EXAMPLES\\$$demo.PY"; \
	  ../$(DOSRUN) MPYDOS.EXE EXAMPLES\\$$demo.PY || exit 1; done

TESTS += test-dos-exe test-dos-repro test-conform-host test-conform-dos test-dos-nofpu \
  test-dos-idle

# MPYDOS.EXE itself: options, a missing script, no DPMI host.
test-dos-exe: dist build
	djgpp/test-exe.sh

# A second build in its own target directory must give the same bytes.
test-dos-repro: dist
	@# The blob too: a second freeze gives the same bytes.
	mkdir -p $(DOS_REPRO_DIR)
	target/release/freeze $(DOS_REPRO_DIR)/frozen.bin
	cmp $(FROZEN_BLOB) $(DOS_REPRO_DIR)/frozen.bin
	CARGO_TARGET_DIR=$(DOS_REPRO_DIR) $(DOS_BUILD)
	djgpp/package.sh $(PACK_FLAG) $(DOS_REPRO_DIR)/i486-pc-msdos/dos/mpydos $(DOS_REPRO_DIR)/MPYDOS.EXE \
	  $(DOS_REPRO_DIR)/frozen.bin
	cmp $(EXE) $(DOS_REPRO_DIR)/MPYDOS.EXE
	@echo "test-dos-repro: two builds, same bytes ($$(sha256sum < $(EXE) | cut -c1-16))"

# A 486SX has no FPU: no x87, MMX or SSE instruction (nor any the 486 lacks)
# in the EXEs. dosrun runs the DOS suites as a 486SX as well (no --fpu).
.PHONY: test-dos-nofpu
test-dos-nofpu: dist
	$(PYTHON) tools/fpuscan.py $(EXE) $(DOS_ELF_DIR)/mpydos
	$(PYTHON) tools/fpuscan.py dist/CONFORM.EXE $(DOS_ELF_DIR)/conform

# Sleeping under every DOS idle style dosrun models (FDAPM's HLT, a handler
# that returns at once, none, a multitasker's slice): each sleep ends within
# 2 ms of its deadline and the CPU is given up meanwhile.
.PHONY: test-dos-idle
test-dos-idle: dist build
	$(PYTHON) tests/dosidle/run.py $(DOSRUN) $(EXE)

# The platform conformance suite, natively and under dosrun.
test-conform-host: build
	djgpp/conform.sh host
test-conform-dos: dist build
	djgpp/conform.sh dos

# clippy and rustfmt see the DOS-only code only in the DOS build.
.PHONY: lint-dos
lint-dos: frozen-blob
	$(DOS_ENV) $(CARGO) clippy $(DOS_CARGO_FLAGS) --bins -- -D warnings
