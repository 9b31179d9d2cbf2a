# keyword arguments, **kwargs collection and its errors
def f(a, b, **kw):
    return a, b, kw
print(f(1, 2), f(1, b=2), f(b=1, a=2), f(1, 2, x=3, y=4))
def g(**options):
    return sorted(options.items())
print(g(), g(z=1, a=2))
def check(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
check(lambda: f(1, 2, a=3))
check(lambda: f(1, **{"b": 2, "c": 3}))
check(lambda: f(1, **{"b": 2}, b=3))
check(lambda: f(**{1: 2}))
check(lambda: g(**[1]))
