# Generators driven by a for loop run their frame in the caller's loop
# (issue 13): exceptions, exc_info, re-entry, break and later resumption,
# StopIteration inside (PEP 479), recursion and tracebacks.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i


def nested(n):
    for x in count(n):
        for y in count(x):
            yield x * 10 + y


print(list(nested(4)))
total = 0
for v in nested(5):
    total += v
print(total)


def raiser():
    yield 1
    raise KeyError("boom")


try:
    for v in raiser():
        print("got", v)
except KeyError as e:
    print("caught", repr(e))


def stopper():
    yield 1
    raise StopIteration("inner")


try:
    for v in stopper():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__), e.__context__ is e.__cause__)


def handles():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise TypeError("outside")
except TypeError:
    for name in handles():
        print("gen sees", name, "caller sees", sys.exc_info()[0].__name__)


def reenter():
    yield 1
    for v in me:
        yield v


me = reenter()
try:
    for v in me:
        print("reenter", v)
except ValueError as e:
    print("ValueError", e)

g = count(6)
for v in g:
    if v == 2:
        break
print("after break", next(g), list(g))


def tree(depth):
    if depth:
        for v in tree(depth - 1):
            yield v
        yield depth
        for v in tree(depth - 1):
            yield v


print(list(tree(4)))


def delegating():
    yield from count(3)
    x = yield "mid"
    yield x


for v in delegating():
    print("delegate", v)


def deep(n):
    if n == 0:
        yield 0
        return
    for v in deep(n - 1):
        yield v + 1


try:
    for v in deep(5000):
        pass
except RecursionError:
    print("RecursionError")
print(list(deep(50)))


def catcher():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


for v in catcher():
    print("catcher", v)


def failing():
    yield 1
    1 / 0


try:
    for v in failing():
        pass
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(t.name, t.lineno, t.line) for t in tb])
