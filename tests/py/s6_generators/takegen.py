# infinite generators consumed partially; generators resumed after a pause
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
c = count(10, 5)
print([next(c) for _ in range(3)])
print([x for _, x in zip(range(3), c)])
def cycle(items):
    while True:
        yield from items
cy = cycle("ab")
print("".join(next(cy) for _ in range(5)))
def repeat(v, times):
    for _ in range(times):
        yield v
print(list(repeat("x", 3)), list(repeat(1, 0)))
