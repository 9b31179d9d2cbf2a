# await inside expressions: arguments, operators, conditions, f-strings
from _driver import Yield, run
async def val(x):
    await Yield(x)
    return x
async def main():
    total = await val(1) + await val(2) * await val(3)
    print(total)
    if await val(0) or await val(5):
        print("condition awaited")
    print(f"{await val(9)}!", [await val(i) for i in range(2)])
    d = {await val(1): await val(2)}
    print(d, max(await val(4), await val(3)))
run(main())
