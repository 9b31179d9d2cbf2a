# functools.partial and reduce, native: calls with positional and keyword
# arguments, attributes, nesting flattened, subclasses, reprs, use as a
# class attribute, and CPython's errors.
from functools import partial, reduce
import functools


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *c, **k):
    return (a, b, c, k)


p = partial(f, 1, x=3)
print(p(5, y=1), p(), p(x=9), p.func is f, p.args, p.keywords, repr(partial(len)))
print(repr(p).startswith('functools.partial(<function f at '), repr(p).endswith(', 1, x=3)'))
q = partial(p, 9, x=4)
print(q.func is f, q.args, q.keywords, q())
print(partial(f, b=1)(0, b=5), partial(f)(1, 2, 3, z=0), partial(max, key=len)('ab', 'c'))


class P(partial):
    def describe(self):
        return 'P of ' + self.func.__name__


r = P(f, 1)
print(type(r).__name__, repr(r).startswith('P(<function f'), r(2), r.describe(), isinstance(r, partial))
s = partial(r, 3)
print(s.args, s())
print(repr(partial(f, 'a', k=[1])).endswith(", 'a', k=[1])"))
print(isinstance(p, partial), partial.__module__, type(partial), callable(p))


class A:
    m = partial(f, 7)


print(A().m(), A.m())
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(list(map(add3, range(3))), sorted([3, 1, 2], key=partial(pow, 2)))
print(reduce(lambda a, b: a + b, [1, 2, 3], 10), reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a + b, 'abc'), reduce(max, [3, 9, 2]), reduce(lambda a, b: a * b, range(1, 8)))
print(functools.reduce(partial(max, key=abs), [-5, 3, 4]))
t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(f)(b=1))
t(lambda: reduce())
t(lambda: reduce(len))
t(lambda: reduce(len, 1))
t(lambda: reduce(len, []))
t(lambda: reduce(lambda a, b: a + b, [1], 2, 3))
t(lambda: reduce(len, [], initial=1))
t(lambda: reduce(lambda a, b: a / b, [1, 0]))
