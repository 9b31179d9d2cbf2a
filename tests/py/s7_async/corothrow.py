# throw() into a suspended coroutine; the exception surfaces at the await
from _driver import Yield
async def worker():
    try:
        await Yield("waiting")
    except ValueError as e:
        print("worker caught", e)
        await Yield("after catch")
        return "worker done"
c = worker()
print(c.send(None))
print(c.throw(ValueError("injected")))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
c2 = worker()
c2.send(None)
try:
    c2.throw(KeyError("uncaught"))
except KeyError as e:
    print("propagated", repr(e))
