# a coroutine can be awaited only once
from _driver import run
async def once():
    return "value"
async def twice(c):
    a = await c
    b = await c
    return a, b
c = once()
try:
    run(twice(c))
except RuntimeError as e:
    print(type(e).__name__, e)
