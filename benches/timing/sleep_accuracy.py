# How late asyncio.sleep wakes: 200 sleeps of 1-20 ms, one task at a time
# and 20 concurrent tasks; prints the lateness distribution in ms. A report,
# not a test (its numbers depend on the machine): see mk/asyncio.mk (on DOS,
# dos_timing.py runs it under dosrun --mips 35).
import asyncio
import time


def report(name, errors):
    errors.sort()
    n = len(errors)
    print(f"{name:<12} n={n} min={errors[0]:.3f} median={errors[n // 2]:.3f} "
          f"p90={errors[(n * 90) // 100]:.3f} p99={errors[(n * 99) // 100]:.3f} "
          f"max={errors[-1]:.3f} ms")


async def sleeper(delays, errors):
    for d in delays:
        start = time.monotonic()
        await asyncio.sleep(d)
        errors.append((time.monotonic() - start - d) * 1000)


async def main():
    delays = [0.001 * (1 + (i * 7) % 20) for i in range(200)]
    errors = []
    await sleeper(delays, errors)
    report("one task", errors)
    errors = []
    await asyncio.gather(*(sleeper(delays[i::20], errors) for i in range(20)))
    report("20 tasks", errors)

asyncio.run(main())
