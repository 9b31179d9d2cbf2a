# Event wakes all waiters in FIFO order; set-then-clear before a waiter runs still wakes it
import asyncio


async def waiter(name, ev, log):
    await ev.wait()
    log.append(name)


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in "abcd"]
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)
    print(log, ev.is_set())
    ev.set()
    await ev.wait()
    print("wait on a set event returns at once:", ev.is_set())

asyncio.run(main())
