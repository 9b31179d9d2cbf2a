# return in a generator sets StopIteration.value
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty value:", e.value)
print(list(g()))
