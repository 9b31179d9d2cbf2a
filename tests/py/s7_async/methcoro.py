# async methods, async classmethods and coroutines stored on instances
from _driver import Yield, run
class Client:
    def __init__(self, name):
        self.name = name
        self.log = []
    async def fetch(self, n):
        await Yield(n)
        self.log.append(n)
        return f"{self.name}:{n}"
    @classmethod
    async def create(cls, name):
        await Yield(0)
        return cls(name)
    @staticmethod
    async def helper():
        return "static"
async def main():
    c = await Client.create("c1")
    print(await c.fetch(1), await c.fetch(2), c.log, await Client.helper())
run(main())
