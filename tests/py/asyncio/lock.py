# Lock: FIFO with async with, errors, release on exception, cancelled head waiter
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(n, lock, log) for n in "abc"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released after exception:", not lock.locked())
    await lock.acquire()
    head = asyncio.create_task(lock.acquire())
    second = asyncio.create_task(user("second", lock, log))
    await asyncio.sleep(0)
    head.cancel()
    await asyncio.sleep(0)
    lock.release()
    await second
    print(log[-2:], head.cancelled())

asyncio.run(main())
