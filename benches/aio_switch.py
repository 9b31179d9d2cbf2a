# asyncio (issue 5): task switches, N tasks looping on sleep(0).
import asyncio


async def spinner(n, counter):
    for _ in range(n):
        counter[0] += 1
        await asyncio.sleep(0)


async def main():
    counter = [0]
    await asyncio.gather(*(spinner(2000, counter) for _ in range(50)))
    return counter[0]

print(asyncio.run(main()))
