# custom awaitables: __await__ returning a generator or an iterator
from _driver import run
class FromGen:
    def __await__(self):
        x = yield 1
        y = yield 2
        return (x, y)
class FromIter:
    def __await__(self):
        return iter(["seven", "eight"])
async def main():
    a = await FromGen()
    b = await FromIter()
    return a, b
print(run(main()))
