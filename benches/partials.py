# functools.partial calls (positional and keyword) and functools.reduce.
from functools import partial, reduce


def scale(x, factor, offset=0):
    return x * factor + offset


double = partial(scale, factor=2)
shifted = partial(scale, 3, offset=1)
total = 0
for i in range(20000):
    total += double(i) + shifted(4)
print(total)
print(reduce(lambda a, b: (a * 31 + b) % 1000003, range(50000), 7))
