# manual page: define a coroutine and run it (waits 500 ms, then prints 'hello World')
import asyncio
import time


async def greet(name):
    await asyncio.sleep(0.5)
    print('hello', name)

start = time.monotonic()
asyncio.run(greet('World'))
print("waited about 500 ms:", 0.45 <= time.monotonic() - start < 2.0)
