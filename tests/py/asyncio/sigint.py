# interrupt: after-output
# Ctrl-C during asyncio.run: the main task is cancelled, the other tasks are
# cancelled and their finally blocks run, then KeyboardInterrupt leaves run()
import asyncio


finished = []


async def worker(name):
    try:
        await asyncio.sleep(30)
    finally:
        finished.append(name)


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in ("w1", "w2")]
    print("running; waiting for Ctrl-C")
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("main task cancelled by Ctrl-C")
        raise
    finally:
        print("main finally runs")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught after run()")
print("worker finally blocks ran:", sorted(finished))
print("program continues")
