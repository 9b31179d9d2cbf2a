# exceptions propagate through awaits; try/except/finally work across them
from _driver import Yield, run
async def fails():
    await Yield(1)
    raise ValueError("deep failure")
async def middle():
    try:
        await fails()
    finally:
        print("middle finally")
async def top():
    try:
        await middle()
    except ValueError as e:
        print("top caught", e)
        return "recovered"
print(run(top()))
async def reraise():
    try:
        await fails()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    run(reraise())
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
