# operator, native: every function, the in-place forms, itemgetter /
# attrgetter (dotted) / methodcaller with reprs, length_hint, index, errors.
import operator as op
from operator import itemgetter, attrgetter, methodcaller


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0), op.matmul.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.lt('a', 'b'))
print(op.not_(0), op.truth([]), op.truth(3), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2), op.index(5), op.index(True))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
d = {'a': 1}
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d, op.getitem(d, 'b'), op.getitem([1, 2, 3], slice(1, None)))
l = [1]
print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul('ab', 2), op.ior({1}, {2}), op.isub(5, 1), op.itruediv(3, 2))
print(op.iand(6, 3), op.ixor(6, 3), op.ilshift(1, 2), op.irshift(8, 1), op.imod(7, 4), op.ifloordiv(7, 2), op.ipow(2, 5))
s = {1}
print(op.ior(s, {3}) is s, op.iconcat([1], (2,)), op.iconcat(l, [9]) is l, l)
print(op.length_hint([1, 2]), op.length_hint(3, 9), op.length_hint(iter([1, 2, 3])), op.length_hint(range(5)))


class Hint:
    def __length_hint__(self):
        return 4


class BadHint:
    def __length_hint__(self):
        return -1


class NIHint:
    def __length_hint__(self):
        return NotImplemented


print(op.length_hint(Hint()), op.length_hint(NIHint(), 7), op.call(len, 'ab'), op.call(dict, a=1))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), repr(itemgetter(1, 'x')))
print(itemgetter(slice(2))('abcd'), repr(itemgetter(0)), type(itemgetter(0)).__name__)


class P:
    def __init__(self):
        self.name = 'n'
        self.sub = self

    def hi(self, x, y=1):
        return (x, y)


p = P()
print(attrgetter('name')(p), attrgetter('sub.sub.name', 'name')(p), repr(attrgetter('a.b')), repr(attrgetter('x', 'y')))
print(methodcaller('hi', 3, y=4)(p), repr(methodcaller('hi', 3, y=4)), methodcaller('upper')('abc'), repr(methodcaller('f')))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1), reverse=True))
print(sorted(['bb', 'a', 'ccc'], key=len), list(map(attrgetter('real'), [1, 2.5])))
print(op.__add__(2, 3), op.__not__(1), op.__iadd__(1, 1), op.__getitem__('ab', 1), op.__abs__(-2))
print(isinstance(itemgetter(1), itemgetter), isinstance(attrgetter('a'), attrgetter))
t(lambda: op.concat(1, 2))
t(lambda: op.iconcat(1, 2))
t(lambda: attrgetter('zz')(p))
t(lambda: attrgetter('sub.zz')(p))
t(lambda: op.indexOf([1], 5))
t(lambda: op.add(1))
t(lambda: op.add(1, 'a'))
t(lambda: op.iadd(1, 'a'))
t(lambda: op.lt(1, 'a'))
t(lambda: op.index('a'))
t(lambda: op.index(1.5))
t(lambda: op.neg('a'))
t(lambda: op.length_hint(BadHint()))
t(lambda: op.length_hint([], 'a'))
t(lambda: itemgetter())
t(lambda: itemgetter(5)('abc'))
t(lambda: itemgetter(1)())
t(lambda: attrgetter())
t(lambda: attrgetter(1))
t(lambda: methodcaller())
t(lambda: methodcaller(1))
t(lambda: methodcaller('nope')(p))
t(lambda: op.truth())
t(lambda: op.getitem(1, 2))
t(lambda: op.call())
