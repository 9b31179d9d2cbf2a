# cancelling the task that awaits a gather cancels the gathered children
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    await asyncio.gather(child("a"), child("b"))


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled:", t.cancelled())

asyncio.run(main())
