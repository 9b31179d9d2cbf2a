# itertools, native: every iterator type, laziness, reprs, subclassing,
# type objects and CPython's argument errors; map/zip/filter/enumerate/
# reversed as types.
import itertools as it
from itertools import *


def t(f):
    try:
        r = f()
        print(r if not hasattr(r, '__next__') else list(r))
    except Exception as e:
        print(type(e).__name__, e)


print(list(islice(count(), 5)), list(islice(count(10, -3), 4)))
print(list(islice(count(1.5, 0.5), 3)), list(islice(count(2**62, 2**62), 3)))
c = count(7)
next(c)
print(repr(c), repr(count(2, 3)), repr(count(1, 1.0)), repr(count(2.5)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), repr(repeat([1], 2)), repr(repeat(0)))
r = repeat(5, 4)
next(r)
print(r.__length_hint__(), repr(r))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(data='ab', selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1), next(gb)[0], list(g1))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice([], 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(max, [[1, 5], 'ab'])))
a, b = tee(iter(range(40)))
print(next(a), next(a), next(b), list(a)[-3:], len(list(b)))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('ab', 0), type(x).__name__)
p, q = tee(x)
print(list(p), list(q))
u, = tee('hello', 1)
v = u.__copy__()
print(next(u), list(v))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('a', [])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('a', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)))
print(len(list(permutations(range(6)))), len(list(combinations(range(12), 5))), len(list(product(range(4), repeat=4))))

# laziness: nothing is read before it is asked for
def gen():
    for i in range(3):
        print('gen', i)
        yield i

z = zip(count(), chain(gen()))
print('made')
print(next(z))
ch = chain(gen(), gen())
print(next(ch), type(ch).__name__)

# types, reprs, isinstance, subclasses
print(type(count()), type(chain()), isinstance(chain(), chain), count.__name__, count.__module__)
print(repr(chain())[:24], repr(islice([], 1))[:25])
print(type(chain.from_iterable([])) is chain)


class MyChain(chain):
    def __init__(self, *its):
        self.n = len(its)

    def __next__(self):
        return str(super().__next__()) + '!'


mc = MyChain('ab', 'c')
print(mc.n, list(mc), isinstance(mc, chain), type(mc).__name__)


class Evens(count):
    pass


e = Evens(0, 2)
print(next(e), next(e), type(e).__name__)

m = map(abs, [-1, -2])
print(type(m), isinstance(m, map), list(m), isinstance(zip(), zip), isinstance(filter(None, []), filter))
print(type(enumerate([])), type(reversed([1, 2])).__name__ in ('reversed', 'list_reverseiterator'))


class Mapper(map):
    def __next__(self):
        return super().__next__() * 10


print(list(Mapper(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])))


class En(enumerate):
    pass


print(list(En('ab', 5)), issubclass(En, enumerate))
print(list(zip('abc', range(5))), list(filter(None, [0, 1, 2])), list(reversed('abc')))

# errors
t(lambda: count('a'))
t(lambda: count(1, 'a'))
t(lambda: count(1, 2, 3))
t(lambda: count(x=1))
t(lambda: cycle())
t(lambda: cycle(1))
t(lambda: cycle([], x=1))
t(lambda: repeat())
t(lambda: repeat(1, 'a'))
t(lambda: repeat(1, 2, 3))
t(lambda: repeat(1).__length_hint__())
t(lambda: accumulate())
t(lambda: accumulate([], 1, 2))
t(lambda: accumulate([], x=2))
t(lambda: list(accumulate([1, 'a'])))
t(lambda: chain(x=1))
t(lambda: list(chain(1)))
t(lambda: chain.from_iterable())
t(lambda: compress([1]))
t(lambda: compress([1], [1], [1]))
t(lambda: dropwhile(None))
t(lambda: dropwhile(None, [], x=1))
t(lambda: takewhile(None, 1))
t(lambda: filterfalse(None))
t(lambda: groupby())
t(lambda: groupby([], 1, 2))
t(lambda: groupby([], x=2))
t(lambda: islice([]))
t(lambda: islice([], 1, 2, 3, 4))
t(lambda: islice([], -1))
t(lambda: islice([], 'a'))
t(lambda: islice([], -1, 3))
t(lambda: islice([], 1, 3, 0))
t(lambda: islice([], 1, 3, -1))
t(lambda: islice([], x=1))
t(lambda: pairwise())
t(lambda: pairwise(1))
t(lambda: starmap(len))
t(lambda: starmap(len, [1]))
t(lambda: starmap(len, [1], 2))
t(lambda: tee())
t(lambda: tee([], -1))
t(lambda: tee([], 'a'))
t(lambda: zip_longest(x=1))
t(lambda: zip_longest(1))
t(lambda: product(x=1))
t(lambda: product([1], repeat=-1))
t(lambda: product(1))
t(lambda: permutations())
t(lambda: permutations([], -1))
t(lambda: permutations([], 'a'))
t(lambda: combinations([]))
t(lambda: combinations([], -1))
t(lambda: combinations_with_replacement([], -1))
t(lambda: combinations_with_replacement([]))
t(lambda: map(1))
t(lambda: next(map(len, [1])))


def boom():
    yield 1
    raise KeyError('inner')


t(lambda: chain(boom()))
t(lambda: islice(boom(), 5))
t(lambda: groupby(boom()))
t(lambda: zip_longest(boom(), 'abc'))
t(lambda: tee(boom())[0])
