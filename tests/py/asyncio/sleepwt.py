# asyncio.sleep() without a coroutine frame (issue 14): what it gives back,
# tasks made of it, cancelling a sleeping task (messages, twice, from a
# timeout), sleeping again after a cancel, and the heap's stale entries.
import asyncio


async def nap(d, r):
    return await asyncio.sleep(d, r)


async def stubborn(log):
    for i in range(3):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append(('cancelled', e.args))
    await asyncio.sleep(0.001)
    log.append('done')
    return 'ok'


async def main():
    print(await asyncio.sleep(0.001, 'r1'), await asyncio.sleep(0, result='r0'),
          await asyncio.sleep(-1, 5), await nap(0.002, [1]))
    s = asyncio.sleep(1)
    print(asyncio.iscoroutine(s), asyncio.isfuture(s))
    t = asyncio.create_task(asyncio.sleep(0.001, 'from task'))
    print(repr(t).split(' coro=')[1].split()[0].split('(')[0], await t, t.result())
    print(await asyncio.gather(asyncio.sleep(0.002, 'a'), nap(0.001, 'b'),
                               asyncio.ensure_future(asyncio.sleep(0, 'c'))))
    log = []
    t = asyncio.create_task(stubborn(log))
    for msg in ('one', None, 'three'):
        await asyncio.sleep(0)
        print('cancel', msg, t.cancel(msg), t.cancelling())
    print(await t, log, t.cancelling())
    t = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancel('second'), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(5, 'late'), 0.01)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print('timeout() timed out', asyncio.current_task().cancelling())
    loop = asyncio.get_running_loop()
    many = [asyncio.create_task(asyncio.sleep(100 + i)) for i in range(150)]
    await asyncio.sleep(0)
    for m in many:
        m.cancel()
    print(len(loop._scheduled) > 0)
    await asyncio.gather(*many, return_exceptions=True)
    await asyncio.sleep(0.001)
    print('heap after', len(loop._scheduled), all(m.cancelled() for m in many))
    for bad in ('x', None):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print('TypeError', e)


print(asyncio.run(asyncio.sleep(0, 'run result')))
asyncio.run(main())
