# async functions as values: passed around, stored, awaited later
from _driver import Yield, run
async def double(x):
    await Yield(x)
    return x * 2
async def apply_all(fn, items):
    return [await fn(i) for i in items]
async def main():
    pending = [double(i) for i in range(3)]
    results = []
    for p in pending:
        results.append(await p)
    print(results)
    print(await apply_all(double, [5, 6]))
run(main())
