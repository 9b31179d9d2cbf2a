# function decorators, stacking order, decorators with arguments
def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        r = f(*a, **k)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
def tag(name):
    def deco(f):
        def w(*a):
            return f"<{name}>{f(*a)}</{name}>"
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
def counting(f):
    def w():
        w.calls += 1
        return f()
    w.calls = 0
    return w
@counting
def noop(): pass
noop(); noop()
print(noop.calls)
