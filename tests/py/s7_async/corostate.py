# coroutine objects: name, qualname, and that calling does not run the body
async def body():
    print("body runs")
    return 1
class K:
    async def meth(self):
        return "m"
c = body()
print("called, not run yet")
print(c.__name__, c.__qualname__, K.meth.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
