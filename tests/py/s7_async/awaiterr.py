# awaiting things that are not awaitable
from _driver import run
class NotAwaitable:
    pass
class BadAwait:
    def __await__(self):
        return 5
async def wait_on(x):
    return await x
for thing in (5, "s", NotAwaitable(), BadAwait(), None):
    try:
        run(wait_on(thing))
    except TypeError as e:
        print(type(e).__name__, e)
