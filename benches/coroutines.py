# Coroutine switches: async def chains driven by send(), as an event loop does.
class Pause:
    def __await__(self):
        yield


async def leaf(n):
    await Pause()
    return n + 1


async def worker(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


def run_round_robin(coros):
    ready = list(coros)
    results = []
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results


print(sum(run_round_robin([worker(50_000) for _ in range(10)])))
