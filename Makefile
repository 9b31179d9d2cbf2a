# MPYDOS build. `make run` sets up a fresh Debian machine, builds everything
# and runs the demo; `make test` runs every test. Each part of the project
# adds its own targets in mk/*.mk (TESTS += ..., BENCHES += ...).

SHELL := /bin/bash
CARGO ?= cargo
PYTHON ?= python3
HOST_BIN := target/release/mpydos
DOSRUN := target/release/dosrun
EXE := dist/MPYDOS.EXE

# Each mk/*.mk appends the names of its test and bench targets here.
TESTS :=
BENCHES :=

.PHONY: all setup build run test bench expect fmt lint clean
all: build

include mk/*.mk

# Debian packages the build needs; installed only when missing.
APT_PACKAGES += binutils-djgpp nasm libslirp-dev libunicorn-dev pkg-config
setup:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq $$missing >/dev/null; fi
	@rustup show active-toolchain >/dev/null   # installs rust-toolchain.toml's pin
	@# A pin that is a link to another toolchain skips the toml's components.
	@for c in rust-src rustfmt clippy; do \
	  rustup component list --installed | grep -q "^$$c" || \
	    rustup component add $$c; done

build: setup
	$(CARGO) build --release --workspace

run: build $(RUN_DEPS)
	$(RUN_MAIN)

test: build $(TESTS)
	@echo "all test suites passed"

bench: build $(BENCHES)

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --release -- -D warnings

clean:
	$(CARGO) clean
	rm -f $(EXE)
