# gather returns results in argument order whatever the completion order
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("a", 0.05), job("b", 0.01), job("c", 0.03), job("d", 0))
    print(results)
    print(await asyncio.gather())

asyncio.run(main())
