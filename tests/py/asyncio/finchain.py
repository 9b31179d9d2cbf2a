# finally blocks run along a chain of awaits on cancellation, and may await
import asyncio


async def leaf():
    try:
        await asyncio.sleep(10)
    finally:
        print("leaf finally")
        await asyncio.sleep(0.01)
        print("leaf finally after await")


async def middle():
    try:
        await leaf()
    finally:
        print("middle finally")


async def top():
    try:
        await middle()
    finally:
        print("top finally")


async def main():
    t = asyncio.create_task(top())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("top cancelled")

asyncio.run(main())
