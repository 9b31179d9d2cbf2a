# A collected async generator is closed by a task on the running loop
# (asyncio's finalizer hook), so its finally runs after the current step;
# a coroutine's locals are finalized when it finishes (issue 11).
import asyncio
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("agen finally")


async def main():
    async for x in agen():
        break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    await asyncio.sleep(0)

    async def co():
        a = A("in coro")
        await asyncio.sleep(0)

    await co()
    print("main end")


print(sys.get_asyncgen_hooks()[1] is None)
asyncio.run(main())
print(sys.get_asyncgen_hooks()[1] is None)
print("after run")
