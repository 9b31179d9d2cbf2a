# exceptions inside generators propagate to the consumer; the generator is then finished
def g():
    yield 1
    raise ValueError("inside")
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
print(next(it, "finished"))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
