# the event loop API: new_event_loop, run_until_complete, call_soon, call_later, run_forever/stop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []
# Timers run in deadline order, not in the order they were made. The two
# call_at deadlines share one base, and call_later's comes after both
# whenever it is made, so the order does not depend on how long making a
# timer takes (a cold first call can take over 10 ms on a slow PC).
base = loop.time()
loop.call_at(base + 0.02, log.append, "at 20ms")
loop.call_at(base + 0.01, log.append, "at 10ms")
loop.call_later(0.03, log.append, "later 30ms")
loop.call_soon(log.append, "soon 1")
loop.call_soon(log.append, "soon 2")


async def main():
    await asyncio.sleep(0.05)
    return "main result"

print(loop.run_until_complete(main()))
print(log)
loop.call_soon(loop.stop)
loop.run_forever()
print("run_forever stopped")
t = loop.create_task(main())
print(loop.run_until_complete(t), t.done())
h = loop.call_later(10, print, "never")
h.cancel()
print(h.cancelled(), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
