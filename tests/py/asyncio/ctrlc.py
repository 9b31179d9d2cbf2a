# interrupt: after-output
# Ctrl-C during asyncio.run: the main task is cancelled, the other tasks are
# cancelled and their finally blocks run, then KeyboardInterrupt leaves run()
import asyncio

cleaned = []  # the order in which run() cancels the other tasks is unspecified

async def worker(n):
    try:
        while True:
            await asyncio.sleep(0.01)
    finally:
        cleaned.append(n)


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    await asyncio.sleep(0.05)
    print("running", flush=True)
    try:
        await asyncio.sleep(100)
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt left run(); workers cleaned up:", sorted(cleaned))
print("the script goes on")
