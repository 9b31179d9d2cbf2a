# Frozen code run from the program file's blob (tests/frozen_blob.rs): a
# function's body is decoded when it first runs; behaviour, tracebacks and
# line numbers are those of the source.
import asyncio
import traceback
import collections
import heapq


async def worker(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item * 2)
        q.task_done()


async def main():
    q = asyncio.Queue()
    out = []
    task = asyncio.create_task(worker(q, out))
    for i in range(5):
        await q.put(i)
    await q.put(None)
    await task
    print("queue:", out)
    lock = asyncio.Lock()
    async with lock:
        print("locked:", lock.locked())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, ev.set)
    await ev.wait()
    print("event:", ev.is_set())


asyncio.run(main())
print(collections.Counter("abracadabra").most_common(2))
h = []
for x in [5, 1, 4]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)])
code = asyncio.Queue.put_nowait.__code__
print(code.co_name, code.co_argcount, code.co_varnames)
print(asyncio.Queue.__init__.__qualname__, asyncio.sleep.__name__)
try:
    asyncio.Queue(maxsize=1).get_nowait()
except asyncio.QueueEmpty:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])
    print([(f.name, f.lineno > 0) for f in tb])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
