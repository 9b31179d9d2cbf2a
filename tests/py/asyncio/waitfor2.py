# wait_for: nested deadlines, several concurrent deadlines, cancelling the waiter
import asyncio


async def sleep_then(delay, value):
    await asyncio.sleep(delay)
    return value


async def nested():
    try:
        return await asyncio.wait_for(asyncio.wait_for(sleep_then(1, "x"), 0.05), 0.5)
    except asyncio.TimeoutError:
        return "inner deadline fired first"


async def guarded(name, delay, timeout):
    try:
        return await asyncio.wait_for(sleep_then(delay, name), timeout)
    except asyncio.TimeoutError:
        return f"{name} timed out"


async def main():
    print(await nested())
    print(await asyncio.gather(guarded("a", 0.01, 0.1), guarded("b", 0.2, 0.03), guarded("c", 0.02, 0.1), guarded("d", 0.3, 0.01)))
    waiter = asyncio.create_task(asyncio.wait_for(sleep_then(10, "never"), 5))
    await asyncio.sleep(0.01)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled, not timed out")

asyncio.run(main())
