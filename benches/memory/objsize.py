# What objects cost: bytes per 2-attribute instance and per task waiting on
# a sleep, and the free memory before and after `import asyncio`. Runs under
# mpydos (host and DOS) and python3; driven by benches/memory/report.py.
# On DOS gc.mem_free() is the heap's real free room (allocator overhead
# included); on the host mpydos counts allocated bytes (gc.mem_alloc); under
# CPython tracemalloc does.
import gc
import sys

try:
    gc.mem_free

    def used():
        return -gc.mem_free() if sys.platform == "dos" else gc.mem_alloc()

    HOW = "mem_free" if sys.platform == "dos" else "mem_alloc"
except AttributeError:
    import tracemalloc

    tracemalloc.start()

    def used():
        return tracemalloc.get_traced_memory()[0]

    HOW = "tracemalloc"

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


def free_now():
    return gc.mem_free() if hasattr(gc, "mem_free") else 0


gc.collect()
print(f"free at start: {free_now()}")
import asyncio  # noqa: E402

gc.collect()
print(f"free after import asyncio: {free_now()}")


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def per_item(make):
    """Bytes per object made by make(i), kept alive in a list sized first."""
    keep = [None] * N
    gc.collect()
    before = used()
    for i in range(N):
        keep[i] = make(i)
    gc.collect()
    return (used() - before) / N, keep


cost, keep = per_item(lambda i: P(i, i))
print(f"2-attribute instance: {cost:.0f} B ({HOW})")
del keep


async def sleeper():
    await asyncio.sleep(1000)


async def tasks():
    keep = [None] * N
    gc.collect()
    before = used()
    for i in range(N):
        keep[i] = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    gc.collect()
    cost = (used() - before) / N
    for t in keep:
        t.cancel()
    await asyncio.gather(*keep, return_exceptions=True)
    return cost


print(f"task waiting on a sleep: {asyncio.run(tasks()):.0f} B ({HOW})")
