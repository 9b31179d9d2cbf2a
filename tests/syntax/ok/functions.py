def f(): pass
def f(a): return a
def f(a, b=1): return
def f(*args): pass
def f(**kwargs): pass
def f(a, *args, b, c=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a, b=1, /, c=2, *, d, e=3, **f): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a: int, b: str = 'x', *args: tuple, c: float, **kw: dict) -> None: pass
def f(a,): pass
def f(a, /): pass
def f(a=1, /, b=2): pass
def f(
    a,
    b,
):
    return a + b
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
        return x
    return inner
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    yield (yield)
def f() -> 'str': ...
def f(a, b, *c, d=4): pass
lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *a, **k: 0
lambda a, /, b, *, c: 0
lambda *, a: a
lambda x=lambda y: y: x
f = lambda: (yield)
g = lambda a=1, b=2, *c, d, e=5, **f: 0
