# functools.lru_cache and cache, native call path: hits and misses,
# eviction order, typed keys, keyword arguments, methods, cache_clear,
# cache_parameters, wrapper attributes, unhashable arguments.
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__, callable(sq))
sq.cache_clear()
print(sq.cache_info(), sq(5), sq.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@lru_cache
def kw(a, b=0, **rest):
    return (a, b, sorted(rest.items()))


print(kw(1), kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw(1, c=3), kw.cache_info())


@cache
def ident(x):
    calls.append(('ident', x))
    return x


print(ident('a'), ident('a'), ident((1, 2)), ident.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x + 1


print(never(1), never(1), never.cache_info())


class C:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=4)
    def times(self, k):
        return self.n * k


c = C(3)
print(c.times(2), c.times(2), C.times.cache_info(), C(4).times(2))
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError', e)
print(isinstance(sq, functools._lru_cache_wrapper), repr(sq).startswith('<functools._lru_cache_wrapper object at'))
