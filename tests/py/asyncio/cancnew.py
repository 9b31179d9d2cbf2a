# a new exception raised in a cancelled task's finally wins, with __context__ set
import asyncio


async def task():
    try:
        await asyncio.sleep(10)
    finally:
        raise ValueError("raised in finally")


async def main():
    t = asyncio.create_task(task())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
    print(t.cancelled(), type(t.exception()).__name__)

asyncio.run(main())
