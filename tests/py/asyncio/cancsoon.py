# a cancel queued with call_soon reaches a task parked in sleep(0); an
# already-passed deadline times out at the first await
import asyncio


async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_soon(task.cancel)
    try:
        await asyncio.sleep(0)
        print("not cancelled")
    except asyncio.CancelledError:
        print("cancelled in sleep(0)", task.uncancel())
    late = asyncio.timeout_at(asyncio.get_running_loop().time() - 1)
    try:
        async with late:
            await asyncio.sleep(0)
    except TimeoutError as e:
        print("past deadline:", late.expired(), type(e.__cause__).__name__)

asyncio.run(main())
