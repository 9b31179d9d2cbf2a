# async with: __aenter__/__aexit__ awaited, exceptions seen and suppressed
from _driver import Yield, run
class Conn:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Yield(f"opening {self.name}")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Yield(f"closing {self.name}")
        print("aexit saw", et.__name__ if et else None)
        return self.suppress
async def main():
    async with Conn("a") as a:
        print("inside", a)
    async with Conn("b", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Conn("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    async with Conn("x") as x, Conn("y") as y:
        print(x, y)
    return "ok"
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
