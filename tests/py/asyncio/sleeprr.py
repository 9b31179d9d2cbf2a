# sleep(0) round-robins strictly between ready tasks
import asyncio


async def spinner(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    await asyncio.gather(spinner("a", 3, log), spinner("b", 3, log), spinner("c", 2, log))
    print(" ".join(log))

asyncio.run(main())
