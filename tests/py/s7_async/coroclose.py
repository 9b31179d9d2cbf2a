# close() runs finally blocks in a suspended coroutine
from _driver import Yield
async def resource():
    print("acquire")
    try:
        await Yield(1)
        await Yield(2)
    finally:
        print("release")
c = resource()
print(c.send(None))
c.close()
print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def refuses():
    try:
        await Yield(1)
    except GeneratorExit:
        await Yield("still running")
r = refuses()
r.send(None)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)
