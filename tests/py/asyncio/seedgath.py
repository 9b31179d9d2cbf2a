# manual page: three greetings appear roughly together after 500 ms (not 1500 ms)
import asyncio
import time


async def greet(name):
    await asyncio.sleep(0.5)
    print('hello', name)


async def main():
    await asyncio.gather(
        greet('A'),
        greet('B'),
        greet('C'),
    )

start = time.monotonic()
asyncio.run(main())
elapsed = time.monotonic() - start
print("together:", 0.45 <= elapsed < 1.0)
