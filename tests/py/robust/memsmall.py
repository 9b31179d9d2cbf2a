# Running out of memory in small allocations (a new list each step) raises MemoryError, the handler runs, and the script goes on twice.
# memory: 4
def fill():
    x = None
    n = 0
    try:
        while True:
            x = [x, n]
            n += 1
    except MemoryError as e:
        x = None
        return n, type(e).__name__
for round in range(2):
    n, name = fill()
    print(round, name, n > 1000)
d = {}
try:
    i = 0
    while True:
        d[i] = str(i)
        i += 1
except MemoryError:
    d = None
    print('dict MemoryError')
print('done')
