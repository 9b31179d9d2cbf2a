# Task state: result() before done, exception(), done(), add_done_callback
import asyncio


async def work(ok):
    await asyncio.sleep(0.01)
    if not ok:
        raise KeyError("bad")
    return "good"


async def main():
    t = asyncio.create_task(work(True))
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    t.add_done_callback(lambda task: print("callback sees", task.result()))
    await t
    await asyncio.sleep(0)
    print(t.done(), t.result(), t.exception())
    f = asyncio.create_task(work(False))
    await asyncio.sleep(0.05)
    print(f.done(), repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("result() raises", repr(e))

asyncio.run(main())
