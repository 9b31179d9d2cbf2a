# the event loop API: new_event_loop, run_until_complete, call_soon, call_later, run_forever/stop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []
loop.call_later(0.02, log.append, "later 20ms")
loop.call_later(0.01, log.append, "later 10ms")
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
