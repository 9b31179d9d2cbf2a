# shield: cancelling the outer await does not cancel the shielded task
import asyncio


async def important():
    await asyncio.sleep(0.03)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.01))
    try:
        await outer
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

asyncio.run(main())
