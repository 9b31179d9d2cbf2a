# program shape: a periodic ticker cancelled after K ticks whose finally runs once
import asyncio


async def ticker(period, ticks):
    try:
        while True:
            await asyncio.sleep(period)
            ticks.append(len(ticks) + 1)
    finally:
        print("ticker finally ran")


async def main():
    ticks = []
    t = asyncio.create_task(ticker(0.01, ticks))
    while len(ticks) < 5:
        await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(ticks[:5], t.cancelled())

asyncio.run(main())
