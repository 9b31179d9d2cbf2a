# await chains: values come back up, yields go out to the driver
from _driver import Yield, run
async def leaf(n):
    got = await Yield(n)
    return got + 1
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b
async def top():
    r = await middle()
    print("middle returned", r)
    return r * 2
print("result", run(top()))
