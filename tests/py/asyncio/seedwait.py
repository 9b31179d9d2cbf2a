# manual page: run with a timeout, asyncio.wait_for
import asyncio
import time


async def slow():
    await asyncio.sleep(10)
    return 'done'


async def main():
    try:
        result = await asyncio.wait_for(slow(), 1.0)
    except asyncio.TimeoutError:
        print('timed out')

start = time.monotonic()
asyncio.run(main())
print("after about 1 s:", 0.9 <= time.monotonic() - start < 5.0)
