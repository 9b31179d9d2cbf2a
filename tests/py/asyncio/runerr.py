# asyncio.run: a non-coroutine is refused; run() inside a running loop is refused
import asyncio

for bad in (1, None, "coro"):
    try:
        asyncio.run(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(inner())
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)
    return "main ok"

print(asyncio.run(main()))
