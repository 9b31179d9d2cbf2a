# *args collection and unpacking in calls
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), f(*[4, 5]), f(*"ab", *range(2)), f(0, *(), 9))
def g(a, b, *rest):
    return a, b, rest
print(g(1, 2), g(1, 2, 3, 4), g(*range(5)))
def h(*args, **kw):
    return args, kw
print(h(1, 2, k=3), h(*[1], **{"x": 1}, y=2))
print(max(*[3, 9, 2]), print(*[], sep="x"))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
