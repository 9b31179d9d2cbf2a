# gather(return_exceptions=True) returns exceptions in place
import asyncio


async def ok(v):
    await asyncio.sleep(0)
    return v


async def bad(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)


async def main():
    results = await asyncio.gather(ok(1), bad("x"), ok(3), bad("y"), return_exceptions=True)
    print([type(r).__name__ for r in results], [str(r) for r in results])

asyncio.run(main())
