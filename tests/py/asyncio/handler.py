# the loop's exception handler: get/set, what a failing callback reports,
# the default handler is callable, and a failing handler does not stop the loop
import asyncio


def handler(loop, context):
    print("handler got:", sorted(context), repr(context["exception"]))


def failing_callback(x):
    raise ValueError(f"callback {x} failed")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler set:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("ours installed:", loop.get_exception_handler() is handler)
    loop.call_soon(failing_callback, 1)
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print("default handler is a method:", callable(loop.default_exception_handler))
    print("still running")

asyncio.run(main())
