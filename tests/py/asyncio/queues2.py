# LifoQueue and PriorityQueue ordering
import asyncio


async def main():
    lifo, prio = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for v in (3, 1, 2):
        await lifo.put(v)
        await prio.put((v, f"item{v}"))
    print([await lifo.get() for _ in range(3)], [(await prio.get())[1] for _ in range(3)])

asyncio.run(main())
