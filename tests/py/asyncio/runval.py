# asyncio.run returns the value; exceptions escape; bad arguments; nested run
import asyncio


async def value():
    await asyncio.sleep(0)
    return 42


async def fails():
    await asyncio.sleep(0)
    raise ValueError("escapes run")


print(asyncio.run(value()))
try:
    asyncio.run(fails())
except ValueError as e:
    print(type(e).__name__, e)
try:
    asyncio.run(5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    asyncio.run(value)
except (TypeError, ValueError) as e:
    print(type(e).__name__, "for a function object")


async def nested():
    inner = value()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(type(e).__name__, e)
    finally:
        inner.close()

asyncio.run(nested())
print(asyncio.run(asyncio.sleep(0, result="sleep result")))
