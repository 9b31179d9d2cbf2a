# one coroutine driving another by hand with send/throw
from _driver import Yield, run
async def inner():
    try:
        v = await Yield("inner-1")
        return f"inner got {v}"
    except KeyError:
        return "inner handled KeyError"
async def outer():
    c = inner()
    first = c.send(None)
    print("outer saw", first)
    try:
        c.send("manual value")
    except StopIteration as e:
        print(e.value)
    c2 = inner()
    c2.send(None)
    try:
        c2.throw(KeyError)
    except StopIteration as e:
        print(e.value)
    return "outer done"
print(run(outer()))
