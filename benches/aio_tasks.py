# asyncio (issue 5): create and await many short tasks.
import asyncio


async def short(i):
    return i * 2


async def main():
    total = 0
    for _ in range(200):
        tasks = [asyncio.create_task(short(i)) for i in range(100)]
        for t in tasks:
            total += await t
    return total

print(asyncio.run(main()))
