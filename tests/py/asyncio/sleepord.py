# sleeps wake in deadline order, not creation order
import asyncio


async def sleeper(delay, log):
    await asyncio.sleep(delay)
    log.append(delay)


async def main():
    log = []
    await asyncio.gather(*(sleeper(d, log) for d in (0.05, 0.01, 0.04, 0.02, 0.03, 0)))
    print(log)

asyncio.run(main())
