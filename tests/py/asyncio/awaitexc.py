# The exception a coroutine handles survives an await: bare raise,
# sys.exc_info() and __context__ after the task was suspended and resumed,
# with other tasks handling other exceptions in between
import asyncio
import sys


def name():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__


async def reraise_after_await(exc, order):
    try:
        raise exc
    except Exception:
        await asyncio.sleep(0)
        order.append(f"{exc!r} sees {name()}")
        await asyncio.sleep(0)
        raise


async def context_after_await():
    try:
        raise KeyError("first")
    except KeyError:
        await asyncio.sleep(0)
        raise RuntimeError("second")


async def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            await asyncio.sleep(0)
            print("inner handler:", name())
        await asyncio.sleep(0)
        print("outer handler again:", name())
        raise


async def finally_after_await():
    try:
        raise OSError("pending")
    finally:
        await asyncio.sleep(0)
        print("finally ran, handled:", name())


async def main():
    order = []
    tasks = [asyncio.create_task(reraise_after_await(e, order))
             for e in (ValueError("a"), KeyError("b"), OSError("c"))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(order)
    print([repr(r) for r in results])
    print("main handles:", name())
    try:
        await context_after_await()
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))
    try:
        await nested_handlers()
    except ValueError as e:
        print("re-raised", repr(e))
    try:
        await finally_after_await()
    except OSError as e:
        print("after finally", repr(e))
    try:
        raise LookupError("main's")
    except LookupError:
        await asyncio.sleep(0)
        print("main after await:", name())
        task = asyncio.create_task(asyncio.sleep(0))
        await task
        print("main after a task:", name())
    print("main at the end:", name())


asyncio.run(main())
