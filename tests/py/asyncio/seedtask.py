# manual page: a background task ticking every second, cancelled after 5 s
import asyncio


async def background():
    while True:
        await asyncio.sleep(1)
        print('tick')


async def main():
    task = asyncio.create_task(background())  # runs concurrently
    await asyncio.sleep(5)
    task.cancel()  # raises CancelledError in it
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("cancelled:", task.cancelled())

asyncio.run(main())
