# Semaphore limits concurrency; BoundedSemaphore refuses extra releases
import asyncio


async def worker(i, sem, state):
    async with sem:
        state["now"] += 1
        state["max"] = max(state["max"], state["now"])
        await asyncio.sleep(0.01)
        state["now"] -= 1


async def main():
    sem = asyncio.Semaphore(2)
    state = {"now": 0, "max": 0}
    await asyncio.gather(*(worker(i, sem, state) for i in range(6)))
    print("max concurrent:", state["max"], sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)

asyncio.run(main())
