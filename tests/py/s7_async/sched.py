# a round-robin scheduler in pure Python running several coroutines by send()
class Pause:
    def __await__(self):
        yield "pause"
async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Pause()
    return f"{name} finished"
def run_all(coros):
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
log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)
