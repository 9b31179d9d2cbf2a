# exceptions raised by __aenter__ and __aexit__
from _driver import run
class FailEnter:
    async def __aenter__(self):
        raise ConnectionError("cannot open")
    async def __aexit__(self, *exc):
        print("not called")
class FailExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        raise RuntimeError("close failed")
async def main():
    try:
        async with FailEnter():
            print("body not run")
    except ConnectionError as e:
        print(type(e).__name__, e)
    try:
        async with FailExit():
            raise KeyError("body error")
    except RuntimeError as e:
        print(type(e).__name__, e, "context:", repr(e.__context__))
run(main())
