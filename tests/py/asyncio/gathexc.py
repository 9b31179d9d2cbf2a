# the first exception out of gather propagates; the other children keep running
import asyncio


async def fail_soon():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")


async def slow(name):
    try:
        await asyncio.sleep(0.05)
        print(name, "kept running and finished")
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    a = asyncio.ensure_future(slow("a"))
    try:
        await asyncio.gather(a, fail_soon(), slow("b"))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.1)
    print("a done:", a.done(), a.result())

asyncio.run(main())
