# async generators: async def with yield, consumed by async for and comprehensions
from _driver import Yield, run
async def countdown(n):
    while n:
        await Yield(n)
        yield n
        n -= 1
async def main():
    async for v in countdown(2):
        print("got", v)
    squares = [v * v async for v in countdown(3)]
    print(squares)
    g = countdown(1)
    print(type(g).__name__)
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
run(main())
