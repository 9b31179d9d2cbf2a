# Generator switches: pipelines of generators, send() round trips, yield from.
def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def chained(n):
    yield from numbers(n)
    yield from numbers(n)


pipeline_total = sum(evens(squares(numbers(900_000))))
acc = accumulator()
next(acc)
for i in range(600_000):
    last = acc.send(i)
print(pipeline_total, last, sum(chained(300_000)))
