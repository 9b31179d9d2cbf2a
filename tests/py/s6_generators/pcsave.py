# The eval loop keeps the pc in a register and writes it to the frame only
# at calls, yields and exits: tracebacks through calls, generators resumed
# by for loops and by next(), and range loops stepped inline must still
# report the right lines and values.
import traceback


def lines(e):
    return [f.lineno for f in traceback.extract_tb(e.__traceback__)]


def inner(x):
    y = x + 1
    return y // 0


def outer(x):
    a = 1
    b = inner(x + a)
    return b


try:
    outer(3)
except ZeroDivisionError as e:
    print("call", lines(e))


def gen(n):
    for i in range(n):
        yield i
        if i == 2:
            raise ValueError(i)


try:
    for v in gen(5):
        print("got", v)
except ValueError as e:
    print("gen in for", lines(e))

g = gen(5)
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("gen by next", lines(e))


def deleg():
    yield from gen(4)


try:
    print(list(deleg()))
except ValueError as e:
    print("yield from", lines(e))

# Generators that finish inside a for loop continue after the loop.
for n in range(4):
    print("sum", n, sum(x for x in gen(min(n, 2))))

# Range loops, every direction and edge.
big = 2**62
for r in (range(0), range(3), range(5, 0, -2), range(-3, 3, 2),
          range(big, big + 3), range(-big, -big - 7, -3), range(10, 0)):
    print(list(r), [i for i in r])
it = iter(range(3))
for i in it:
    print("shared", i, next(it, None))


def deep(n):
    return n if n == 0 else deep(n - 1)


try:
    deep(100000)
except RecursionError as e:
    print("recursion", type(e).__name__)
print(deep(50))
