# asyncio.wait with FIRST_COMPLETED / ALL_COMPLETED / timeout, and as_completed
import asyncio


async def val(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    tasks = [asyncio.create_task(val(n, d)) for n, d in (("slow", 0.3), ("fast", 0.01), ("mid", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    order = []
    for fut in asyncio.as_completed([val("c", 0.03), val("a", 0.01), val("b", 0.02)]):
        order.append(await fut)
    print(order)

asyncio.run(main())
