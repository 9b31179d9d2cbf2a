# several * and ** unpackings in one call; duplicate keywords
def f(*a, **k):
    return a, sorted(k.items())
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, **{"z": 3}))
print(f(*"ab", *range(2), **dict(a=1)))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x=1, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b, c):
    return a + b + c
print(g(*[1, 2], c=3), g(1, *[2, 3]), g(**{"a": 1, "b": 2, "c": 3}))
