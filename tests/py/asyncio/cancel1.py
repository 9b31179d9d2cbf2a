# cancel(): return values, before the first run, swallowing, except Exception
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def never_runs():
    print("never printed")


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed the cancellation")
    return "kept going"


async def catches_exception():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("wrongly caught by except Exception")


async def main():
    t = asyncio.create_task(never_runs())
    print("cancel before first run:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it ran:", t.cancelled())
    print("cancel a done task:", t.cancel())
    s = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    c = asyncio.create_task(catches_exception())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("CancelledError is not an Exception:", not issubclass(asyncio.CancelledError, Exception))
    u = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(u.cancel("with a message"), u.cancel())
    try:
        await u
    except asyncio.CancelledError as e:
        print("message:", e.args)

asyncio.run(main())
