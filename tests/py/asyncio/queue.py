# Queue: back-pressure at maxsize, nowait errors, task_done/join, several consumers
import asyncio


async def producer(q, n, log):
    for i in range(n):
        await q.put(i)
        log.append(f"put {i}")


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    p = asyncio.create_task(producer(q, 4, log))
    await asyncio.sleep(0.01)
    print(log, q.full(), q.qsize())
    try:
        q.put_nowait("x")
    except asyncio.QueueFull:
        print("QueueFull")
    seen = []
    consumers = [asyncio.create_task(consumer(n, q, seen)) for n in ("c1", "c2")]
    await p
    await q.join()
    print(sorted(item for _, item in seen), q.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out; queue still usable:", q.put_nowait(1) is None, q.get_nowait())
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)

asyncio.run(main())
