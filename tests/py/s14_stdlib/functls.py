# functools: partial, reduce, wraps, lru_cache/cache, cached_property, total_ordering, cmp_to_key, singledispatch, partialmethod
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch, partialmethod
p = partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords)
def f(a, b, c=3): return (a, b, c)
q = partial(f, 1, c=9)
print(q(2), q(2, c=4), repr(partial(f, 1, 2)).startswith("functools.partial(<function f"))
qq = partial(q, 5)
print(qq(), qq.args)
try: partial(3)
except TypeError as e: print(e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def hello(x):
    "doc here"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(4))
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(60), fib.cache_info().hits)
@lru_cache
def g(x): return x
print(g(1), g.cache_info().misses)
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
class C:
    @cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val, c.__dict__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([1]), show("s"), show(True))
class Cell:
    def __init__(self): self.v = None
    def set(self, v): self.v = v
    set_on = partialmethod(set, True)
x = Cell(); x.set_on(); print(x.v)
try: total_ordering(type("E", (), {}))
except ValueError as e: print(e)
