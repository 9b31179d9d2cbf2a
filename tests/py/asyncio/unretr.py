# unretrieved task exceptions reach the loop's exception handler
import asyncio
import gc


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def failing():
    raise KeyError("nobody awaits me")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
