# current_task() in tasks and in main; names; all_tasks
import asyncio


async def child():
    me = asyncio.current_task()
    print("child is", me.get_name(), me is not None)
    return me


async def main():
    main_task = asyncio.current_task()
    print("main has a task:", main_task is not None, main_task.done())
    t = asyncio.create_task(child(), name="worker-1")
    print(t.get_name(), t in asyncio.all_tasks(), main_task in asyncio.all_tasks())
    me = await t
    print(me is t, len(asyncio.all_tasks()))
    t.set_name("renamed")
    print(t.get_name())

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
