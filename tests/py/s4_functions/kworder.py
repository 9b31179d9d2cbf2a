# **kwargs preserves the order of keyword arguments
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}, c=3))
def g(a, b=2, **rest):
    return a, b, rest
print(g(b=5, a=1, q=0, p=9))
