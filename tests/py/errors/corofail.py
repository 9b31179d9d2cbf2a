# an uncaught exception raised inside a coroutine driven by send()
async def inner():
    raise KeyError("in coroutine")


async def outer():
    await inner()


outer().send(None)
