# One asyncio workload, sized by the command line, for counting instructions
# under `dosrun --stats` (see dos_instructions.py, which runs it twice with
# different sizes and divides the difference by the extra work):
#   aio_work.py switch N    10 tasks looping N times each on sleep(0)
#   aio_work.py tasks N     create + await N short tasks, one at a time
#   aio_work.py timers N P  N sleeps of 0.5 ms, one after the other, while P
#                           other sleeps (an hour long) are pending
# The pending tasks are left behind at the end: the loop is not closed,
# so tearing them down is not counted.
import asyncio
import sys


async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def short(i):
    return i


async def switches(n):
    await asyncio.gather(*(spinner(n) for _ in range(10)))


async def tasks(n):
    for i in range(n):
        await asyncio.create_task(short(i))


async def timers(n, pending):
    for _ in range(pending):
        asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)  # they start and park
    for _ in range(n):
        await asyncio.sleep(0.0005)


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    loop = asyncio.new_event_loop()
    if kind == 'switch':
        loop.run_until_complete(switches(n))
    elif kind == 'tasks':
        loop.run_until_complete(tasks(n))
    else:
        loop.run_until_complete(timers(n, int(sys.argv[3])))


main()
