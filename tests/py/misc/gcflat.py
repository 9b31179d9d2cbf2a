# 1,000,000 cyclic objects built and dropped in batches: gc.collect() keeps memory flat
import gc


def memory():
    if hasattr(gc, "mem_alloc"):
        return gc.mem_alloc()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


class Node:
    def __init__(self):
        self.other = None


def batch(n):
    for _ in range(n):
        a, b = Node(), Node()
        a.other, b.other = b, a


batch(100_000)
gc.collect()
base = memory()
for _ in range(9):
    batch(100_000)
    found = gc.collect()
end = memory()
print("collect returns an int:", isinstance(found, int))
print("memory flat:", end < base * 1.25 + 2_000_000)
