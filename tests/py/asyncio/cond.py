# Condition: wait/notify/notify_all and wait_for with a predicate
import asyncio


async def consumer(name, cond, items, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))


async def main():
    cond = asyncio.Condition()
    items, log = [], []
    tasks = [asyncio.create_task(consumer(n, cond, items, log)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
