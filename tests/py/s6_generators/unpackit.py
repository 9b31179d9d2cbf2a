# unpacking works on any iterable, including generators
def three():
    yield from "xyz"
a, b, c = three()
print(a, b, c)
first, *rest = (i * i for i in range(5))
print(first, rest)
print([*three(), *range(2)], (*"ab",), {**{"a": 1}, "b": 2})
try:
    x, y = three()
except ValueError as e:
    print(type(e).__name__, e)
