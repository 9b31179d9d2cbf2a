# throw() raises inside the generator at the paused yield
def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
try:
    it.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", type(e).__name__, e)
try:
    next(it)
except StopIteration:
    print("generator finished after unhandled throw")
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(f))
try:
    fresh().throw(TypeError)
except TypeError as e:
    print("class thrown:", type(e).__name__, repr(e))
