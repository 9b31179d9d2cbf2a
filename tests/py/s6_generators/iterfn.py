# iter() and next() on builtins; iterators are their own iterators
it = iter([1, 2, 3])
print(next(it), iter(it) is it, list(it), next(it, "end"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"k": 1, "j": 2})
print(list(d))
class Getter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Getter(), 4)))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(None)
except TypeError as e:
    print(type(e).__name__, e)
