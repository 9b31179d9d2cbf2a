# keyword-only and positional-only parameters
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, key=2, flag=True))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
def h(a, /, b, *, c):
    return (a, b, c)
print(h(1, 2, c=3), h(1, b=2, c=3))
for thunk in (lambda: f(1, 2), lambda: f(1), lambda: g(1, y=2, z=3), lambda: h(a=1, b=2, c=3), lambda: h(1, 2, 3)):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
