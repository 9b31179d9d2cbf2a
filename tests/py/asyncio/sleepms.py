# sleep_ms (a MicroPython extra; CPython runs the same script through a
# stand-in) orders wake-ups like sleep, and passes its result through
import asyncio

sleep_ms = getattr(asyncio, "sleep_ms", None)
if sleep_ms is None:
    def sleep_ms(ms, result=None):
        return asyncio.sleep(ms / 1000, result)


async def waker(name, ms, log):
    got = await sleep_ms(ms, name.upper())
    log.append(got)


async def main():
    log = []
    await asyncio.gather(waker("c", 300, log), waker("a", 100, log), waker("b", 200, log))
    print(log)
    print(await sleep_ms(0, "zero"))

asyncio.run(main())
