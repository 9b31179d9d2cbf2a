# a coroutine object: created by calling an async def, run with send(None)
async def answer():
    return 42
c = answer()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def nothing():
    pass
n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print("value", e.value)
c2 = answer()
try:
    c2.send("not None")
except TypeError as e:
    print(type(e).__name__, e)
c2.close()
