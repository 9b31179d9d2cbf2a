# sleep() and the loop's native path: a sleep's result, many sleeps cancelled
# (their timer entries leave the heap), a task finished while a plain
# callback waits on it, and a task that cancels itself mid-step.
import asyncio


async def sleeper():
    await asyncio.sleep(3600)


async def child(n):
    await asyncio.sleep(0)
    return n * 2


async def self_cancel():
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0.001)
    except asyncio.CancelledError:
        print('self_cancel: cancelled at the sleep')
        raise


async def main():
    loop = asyncio.get_running_loop()
    print('result:', await asyncio.sleep(0.001, 'ready'))
    tasks = [asyncio.create_task(sleeper()) for _ in range(300)]
    await asyncio.sleep(0)
    print('pending sleeps:', len(loop._scheduled))
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0)
    print('all cancelled:', all(t.cancelled() for t in tasks))
    print('heap after cancel:', len(loop._scheduled))
    t = asyncio.create_task(child(21))
    t.add_done_callback(lambda f: print('callback sees', f.result()))
    print('awaited:', await t)
    await asyncio.sleep(0)
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled())
    order = []
    for i in range(5):
        loop.call_later(0.002, order.append, i)
    await asyncio.sleep(0.01)
    print('timers in call order:', order)

asyncio.run(main())
