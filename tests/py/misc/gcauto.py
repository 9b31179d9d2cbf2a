# cycles are reclaimed without explicit gc.collect() calls
import gc


def memory():
    if hasattr(gc, "mem_alloc"):
        return gc.mem_alloc()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


def churn(n):
    for _ in range(n):
        d = {"payload": [0] * 10}
        d["self"] = d


churn(50_000)
base = memory()
churn(500_000)
print("memory flat:", memory() < base * 1.25 + 4_000_000)
