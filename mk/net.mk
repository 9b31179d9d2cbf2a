# The network stack (src/net, src/host/slirp): its tests run in test-cargo
# (they need UDP port 53 on 127.0.0.1 for the DNS test: root, as CI is).
.PHONY: bench-net
BENCHES += bench-net
bench-net: build
	$(CARGO) bench --bench net_throughput
