# TaskGroup (3.11): waits for all; a failure cancels the rest and raises an ExceptionGroup
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.01))
        t2 = tg.create_task(job("b", 0.02))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 1))
            tg.create_task(job("bad", 0.01, fail=True))
    except* ValueError as eg:
        print(type(eg).__name__, [str(e) for e in eg.exceptions])

asyncio.run(main())
