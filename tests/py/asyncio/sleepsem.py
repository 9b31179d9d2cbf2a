# sleep()'s semantics on the loop's native path: its result= argument,
# sleep(0) against sleep(d) and callbacks in one pass, cancelling a sleeping
# task (with and without a message, and carrying on after it), timeouts
# around a sleep, a bad delay, stop() in the middle of a pass, and throw()
# into a generator delegating to a built-in iterator (no throw method).
import asyncio


async def tagged(log, name, delay):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} woke')


async def stubborn(log):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        log.append(f'stubborn cancelled {e.args}')
        asyncio.current_task().uncancel()
    await asyncio.sleep(0.001)
    log.append('stubborn slept again')
    return 'stubborn done'


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.001, result='late'))
    print(await asyncio.sleep(0, result='now'))
    print(await asyncio.sleep(-1, result='negative'))
    print(await asyncio.sleep(0.0))

    log = []
    loop.call_soon(log.append, 'soon 1')
    tasks = [asyncio.create_task(tagged(log, n, d))
             for n, d in (('a', 0.05), ('b', 0), ('c', 0.05), ('d', 0.01))]
    loop.call_soon(log.append, 'soon 2')
    loop.call_later(0.03, log.append, 'timer')
    await asyncio.gather(*tasks)
    print(log)

    t = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)
    print('cancel:', t.cancel('stop now'), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, t.cancelled())

    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t.cancel('once')
    print(await t, log, t.cancelling())

    try:
        await asyncio.wait_for(asyncio.sleep(3600), 0.001)
    except TimeoutError:
        print('wait_for timed out')
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(3600)
    except TimeoutError:
        print('timeout() timed out')
    print(await asyncio.wait_for(asyncio.sleep(0.001, 'in time'), 1))

    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())

# stop() in a callback: the rest of that pass still runs.
loop = asyncio.new_event_loop()
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
order.append('stopped')
loop.run_until_complete(asyncio.sleep(0.001))
print(order)
loop.close()


def delegating():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        yield f'caught {e}'


g = delegating()
print(next(g), g.throw(ValueError('boom')))
g = delegating()
next(g)
g.close()
print('closed')
