# The network stack (src/net, src/host/slirp): its tests run in test-cargo
# (the DNS test brings its own server on a free UDP port).
.PHONY: bench-net
BENCHES += bench-net
bench-net: build
	$(CARGO) bench --bench net_throughput
