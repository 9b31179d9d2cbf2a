# program shape: producer -> Queue -> N workers -> Queue -> aggregator under a deadline
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)


async def worker(inq, outq):
    try:
        while True:
            v = await inq.get()
            await asyncio.sleep(0.001)
            await outq.put(v * v)
            inq.task_done()
    finally:
        pass


async def aggregator(outq, n):
    total = 0
    for _ in range(n):
        total += await outq.get()
    return total


async def main():
    inq, outq = asyncio.Queue(maxsize=5), asyncio.Queue()
    workers = [asyncio.create_task(worker(inq, outq)) for _ in range(4)]
    agg = asyncio.create_task(aggregator(outq, 50))
    await asyncio.wait_for(producer(inq, 50), 5)
    total = await asyncio.wait_for(agg, 5)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(total, [type(r).__name__ for r in results])
    try:
        await asyncio.wait_for(asyncio.gather(producer(inq, 100)), 0.05)
    except asyncio.TimeoutError:
        print("deadline hit with a full queue")

asyncio.run(main())
