# get_event_loop / get_running_loop inside and outside a running loop
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future value")
    print(await fut)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
