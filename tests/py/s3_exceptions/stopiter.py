# StopIteration from next() and its value
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
print(next(it, "default"))
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
e = StopIteration(5)
print(e.value, e.args)
