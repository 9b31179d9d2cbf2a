# asyncio (issue 5): timer cost with 10,000 pending sleeps.
import asyncio


async def sleeper(i, done):
    await asyncio.sleep(0.001 * (i % 50))
    done.append(i)


async def main():
    done = []
    await asyncio.gather(*(sleeper(i, done) for i in range(10000)))
    return len(done), sum(done)

print(asyncio.run(main()))
