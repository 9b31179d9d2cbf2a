# TaskGroup (3.11): several failures in one ExceptionGroup, siblings
# cancelled, the parent's body interrupted, nested groups, cancelling the
# parent from outside, create_task after the end, under asyncio.timeout()
import asyncio


def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(f"{pad}{e!r}")


async def worker(name, delay, log, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def fail_when_set(gate, exc):
    await gate.wait()
    raise exc


async def two_failures():
    # Both fail in the same loop pass (one event wakes them): no timing.
    log = []
    gate = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_when_set(gate, ValueError("v")))
            tg.create_task(fail_when_set(gate, TypeError("t")))
            tg.create_task(worker("slow", 1, log))
            await asyncio.sleep(0.01)
            gate.set()
    except* ValueError as eg:
        print("ValueErrors:"); show(eg, 1)
    except* TypeError as eg:
        print("TypeErrors:"); show(eg, 1)
    print(log)


async def body_interrupted():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("bad", 0.01, log, KeyError("k")))
            await asyncio.sleep(1)
            log.append("body finished (wrong)")
    except BaseExceptionGroup as eg:
        show(eg)
    print(log)


async def body_raises():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("sibling", 1, log))
            await asyncio.sleep(0.01)
            raise RuntimeError("from the body")
    except BaseExceptionGroup as eg:
        show(eg)
    print(log)


async def nested():
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(worker("inner-bad", 0.01, log, OSError("inner")))
                    inner.create_task(worker("inner-slow", 1, log))
            outer.create_task(inner_group())
            outer.create_task(worker("outer-slow", 1, log))
    except BaseExceptionGroup as eg:
        show(eg)
    print(sorted(log))


async def cancelled_from_outside():
    log = []
    async def owner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("c1", 1, log))
            tg.create_task(worker("c2", 1, log))
    task = asyncio.create_task(owner())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("owner cancelled")
    print(sorted(log))


async def results():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(f"w{i}", 0.01 * (3 - i), [])) for i in range(3)]
    print([t.result() for t in tasks])


async def after_exit():
    async with asyncio.TaskGroup() as tg:
        pass
    coro = worker("late", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", "finished" in str(e))
    coro.close()
    tg2 = asyncio.TaskGroup()
    coro = worker("early", 0, [])
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", "not been entered" in str(e))
    coro.close()


async def under_timeout():
    log = []
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker("long1", 1, log))
                tg.create_task(worker("long2", 1, log))
    except TimeoutError:
        print("TimeoutError from the deadline")
    print(sorted(log))
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker("quick-bad", 0.01, log, ValueError("quick")))
                tg.create_task(worker("long3", 1, log))
    except* TimeoutError:
        print("wrong: TimeoutError")
    except* ValueError as eg:
        print("group, not a timeout:"); show(eg, 1)


async def owner_cancel_count():
    # The group takes back its cancel() of the owner only when the owner's
    # body was interrupted (3.11.7); a deadline afterwards still works.
    async def bad(delay):
        await asyncio.sleep(delay)
        raise ValueError("bad")
    me = asyncio.current_task()
    for body_wait in (0, 0.1):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(bad(0.01))
                await asyncio.sleep(body_wait)
        except ExceptionGroup:
            print("group after a body wait of", body_wait, "cancelling:", me.cancelling())
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError as expected")


async def main():
    for f in (two_failures, body_interrupted, body_raises, nested,
              cancelled_from_outside, results, after_exit, owner_cancel_count, under_timeout):
        print("--", f.__name__)
        await f()

asyncio.run(main())
