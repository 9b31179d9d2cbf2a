# async generators: asend, athrow, aclose
from _driver import run
async def agen():
    try:
        x = yield 1
        print("received", x)
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("boom")))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
run(main())
