# async for over a class with __aiter__/__anext__ and StopAsyncIteration
from _driver import Yield, run
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Yield(self.i)
        return self.i * 100
async def main():
    seen = []
    async for v in Ticker(3):
        seen.append(v)
    else:
        print("loop else runs")
    async for v in Ticker(5):
        if v == 200:
            break
    print("broke at", v)
    return seen
print(run(main()))
async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
