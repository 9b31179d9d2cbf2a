# tasks start in creation order, and only when their creator yields
import asyncio


async def child(name, log):
    log.append(f"start {name}")
    await asyncio.sleep(0)
    log.append(f"end {name}")


async def main():
    log = []
    tasks = [asyncio.create_task(child(n, log)) for n in "abc"]
    log.append("created, not yet yielded")
    print(log)
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
