# Compiler behaviour, end to end: try/finally/with unwinding, closures,
# comprehensions, unpacking, f-strings, calls, classes (expected output
# from python3; see tests/compile/run/expect.sh).
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())

def f2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no break")
    return i
print(f2())

def f3():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
        return "ret from except"
    finally:
        print("outer finally")
print(f3())

def f4():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise KeyError("k")
        except KeyError as e:
            print("nested", repr(e), repr(e.__context__))
    try:
        e
    except NameError as ne:
        print("e cleared:", ne)
f4()

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

def f5():
    with CM("a") as a, CM("b", True) as b:
        print("in", a, b)
        raise RuntimeError("x")
    print("after with")
    for i in range(3):
        with CM("loop"):
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f5())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
g.close()

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c())

fs = [lambda x=i: x * 10 for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])

x = 10
def g2():
    global x
    x += 1
g2(); print(x)

data = [(1, 'a'), (2, 'b')]
print({k: v for k, v in data}, {v for _, v in data}, list(n * 2 for n, _ in data))
if (n := len(data)) > 1:
    print("walrus", n)
print([y for x in range(3) if (y := x * 2) > 0], y)

a, *b, c2 = range(6)
print(a, b, c2)
[p, (q, r)] = 1, (2, 3)
print(p, q, r)
d = {'a': [1, 2]}
d['a'][0] += 10
class O: pass
o = O(); o.v = 5; o.v *= 3
print(d, o.v)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2)
w = 3.14159
print(f"{w:.2f} {w!r:>12} {'nested ' + f'{w:.1f}'} {d['a']}")
def star(*args, **kw): return args, kw
print(star(1, *[2, 3], k=1, **{'z': 2}))
print(star(*range(3)))
def deco(fn):
    def wrap(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrap
@deco
def hello(name): return "hi " + name
print(hello("bob"))
del d['a'], o.v
print(d, hasattr(o, 'v'))
try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert:", e)
class Base:
    def who(self): return "base"
class Kid(Base):
    def who(self): return "kid+" + super().who()
    @property
    def prop(self): return __class__.__name__
print(Kid().who(), Kid().prop)
print(Kid.who.__qualname__, counter.__qualname__, c.__qualname__)
