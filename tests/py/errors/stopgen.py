# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def gen():
    yield 1
    next(iter([]))


print(list(gen()))
