# Host build tests: the Rust unit and integration tests of the workspace.
.PHONY: test-cargo
TESTS += test-cargo
test-cargo: build
	$(CARGO) test --release --workspace

# Until the DOS demo exists, the main job shows the host build runs.
RUN_MAIN ?= $(HOST_BIN) --version
