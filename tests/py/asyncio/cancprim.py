# cancelling a task blocked on a Lock, Event or Queue leaves the primitive usable
import asyncio


async def blocked(name, aw):
    try:
        await aw
    except asyncio.CancelledError:
        print(name, "waiter cancelled")
        raise


async def main():
    lock, event, queue = asyncio.Lock(), asyncio.Event(), asyncio.Queue()
    await lock.acquire()
    tasks = [asyncio.create_task(blocked("lock", lock.acquire())),
             asyncio.create_task(blocked("event", event.wait())),
             asyncio.create_task(blocked("queue", queue.get()))]
    await asyncio.sleep(0.01)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    lock.release()
    async with lock:
        print("lock usable:", lock.locked())
    event.set()
    await event.wait()
    print("event usable")
    await queue.put("item")
    print("queue usable:", await queue.get(), queue.qsize())

asyncio.run(main())
