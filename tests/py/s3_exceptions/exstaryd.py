# except* clauses that yield or await keep their matched part as the handled exception
import asyncio, sys
def g():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield sys.exc_info()[1]
        raise
it = g()
print(repr(next(it)))
try:
    next(it)
except ExceptionGroup as e:
    print("gen:", repr(e))
async def f():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        await asyncio.sleep(0)
        print(repr(sys.exc_info()[1]))
        raise
    except* TypeError:
        await asyncio.sleep(0)
        raise KeyError(3)
async def main():
    try:
        await f()
    except ExceptionGroup as e:
        print("coro:", repr(e), repr(e.exceptions[0].__context__))
asyncio.run(main())
