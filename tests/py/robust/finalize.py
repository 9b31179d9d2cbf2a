# __del__, generator close on collection, PEP 442 ordering (issue 11).
import gc
import io
import re
import sys
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


# Refcount reaching zero: at once, before the next statement's output.
a = A("a")
del a
print("after del a")
b = A("b")
b = None
print("after b = None")


def local():
    x = A("local")
    return 1


print("returned", local())
A("temporary")
print("after temporary")

# Nested: the outer finalizer first, then what it held.
outer = A("outer")
outer.inner = A("inner")
del outer
print("after nested")

# A finalizer runs once, even when the object is resurrected.
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)


Phoenix()
print("resurrected", len(saved))
saved.clear()
print("cleared again")

# Inherited __del__, and __del__ added to a class later.
class Sub(A):
    pass


Sub("sub")
print("after sub")


class Late:
    pass


Late.__del__ = lambda self: print("late del")
Late()
print("after late")

# A subclass of a built-in type.
class L(list):
    def __del__(self):
        print("list del", len(self))


L([1, 2, 3])
print("after list subclass")

# Cycles: finalizers run (once) before the cycle is cleared.
c1 = A("c1")
c2 = A("c2")
c1.other = c2
c2.other = c1
del c1, c2
print("cycle alive")
gc.collect()
print("cycle collected")

# A finalizer resurrecting a cycle member keeps the whole cycle.
class Keep:
    def __del__(self):
        print("keep del")
        saved.append(self)


k = Keep()
k.me = k
del k
gc.collect()
print("kept", len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print("second collect: no second finalizer")

# Weak reference callbacks come after the finalizer.
w = A("weak")
r = weakref.ref(w, lambda ref: print("callback, dead:", ref() is None))
del w
print("after weak")

# An exception in __del__ is printed on sys.stderr and swallowed.
class Bad:
    def __del__(self):
        raise ValueError("boom")


err = io.StringIO()
sys.stderr = err
Bad()
print("after bad")
sys.stderr = sys.__stderr__
text = re.sub(r" at 0x[0-9a-f]+", " at ADDR", err.getvalue())
print(text.splitlines()[0])
print(text.splitlines()[-1])


# Generators: a suspended generator's finally and with-exit run on collection.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = gen("g")
next(g)
del g
print("after gen")
for x in gen("loop"):
    break
print("after loop break")
print(next(gen("temp")))
print("after temp")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)


def with_gen():
    with CM():
        yield 1


g = with_gen()
next(g)
g = None
print("after with gen")

# Not started, or finished: nothing to run.
g = gen("unstarted")
del g
g = gen("done")
list(g)
del g
print("after unstarted")


# A generator that catches GeneratorExit and returns is fine.
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")


g = catcher()
next(g)
del g
print("after catcher")

# A generator ignoring GeneratorExit: reported, not raised.
def stubborn():
    try:
        yield 1
    finally:
        yield 2


err = io.StringIO()
sys.stderr = err
g = stubborn()
next(g)
del g
print("after stubborn")
sys.stderr = sys.__stderr__
print(err.getvalue().splitlines()[-1])

# A generator in a cycle: closed when the collector finds it.
def selfref():
    me = yield 1
    try:
        yield 2
    finally:
        print("cycle gen finally")


g = selfref()
next(g)
g.send(g)
del g
gc.collect()
print("after cycle gen")

# Objects that live to the end are finalized at exit, in order.
last1 = A("exit1")
last2 = A("exit2")
print("end of script")
