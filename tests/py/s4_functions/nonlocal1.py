# nonlocal rebinding across levels and its errors
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
a = acc()
a(1)
print(a(2))
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
try:
    def bad():
        y = 1
        def inner():
            y += 1
        inner()
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
