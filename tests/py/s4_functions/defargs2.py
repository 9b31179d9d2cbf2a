# mixing every parameter kind in one signature
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], c=3, **{"d": 0, "z": 9}))
def g(a, /, b, *, c=3):
    return a, b, c
print(g(1, b=2), g(1, 2, c=4))
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(c=1)
except TypeError as e:
    print(type(e).__name__, e)
