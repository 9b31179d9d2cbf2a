# currying and memoisation with closures
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(lambda a, b: a - b)(10)(3))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
