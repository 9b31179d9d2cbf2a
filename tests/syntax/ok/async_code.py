async def f():
    await x
    await f(x)
    await x.y
    a = await b
    return await c
async def g():
    async for x in y:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    async with (a as b, c as d):
        pass
async def h():
    yield 1
    x = [await y async for y in z]
    await asyncio.sleep(0.1)
    result = await asyncio.gather(*tasks)
    await (await x)
    return -await x
    return await x ** 2
async def main(): pass
asyncio.run(main())
class C:
    async def m(self): await self.n()
