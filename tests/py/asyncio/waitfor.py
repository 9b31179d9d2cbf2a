# wait_for: success, timeout (inner except/finally run first), None, an existing Task
import asyncio


async def quick():
    await asyncio.sleep(0.01)
    return "quick result"


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner saw cancellation")
        raise
    finally:
        print("inner finally")


async def main():
    print(await asyncio.wait_for(quick(), 1))
    try:
        await asyncio.wait_for(slow(), 0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError after inner cleanup:", type(e).__name__, e.args)
    print(await asyncio.wait_for(quick(), None))
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.02)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())
    try:
        print(await asyncio.wait_for(asyncio.sleep(0, result="immediate"), 0))
    except TimeoutError:
        print("timeout=0 times out at once")

asyncio.run(main())
