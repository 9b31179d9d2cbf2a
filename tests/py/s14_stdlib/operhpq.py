# operator (functions, in-place forms, itemgetter/attrgetter/methodcaller), heapq and bisect
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2), op.index(5), op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}; op.setitem(d, "b", 2); op.delitem(d, "a"); print(d, op.getitem(d, "b"))
l = [1]; print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul("ab", 2), op.ior({1}, {2}), op.isub(5, 1), op.itruediv(3, 2))
print(op.length_hint([1, 2]), op.length_hint(3, 9), op.call(len, "ab"))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), repr(itemgetter(1, "x")))
class P:
    def __init__(self): self.name = "n"; self.sub = self
    def hi(self, x, y=1): return (x, y)
p = P()
print(attrgetter("name")(p), attrgetter("sub.sub.name", "name")(p), repr(attrgetter("a.b")))
print(methodcaller("hi", 3, y=4)(p), repr(methodcaller("hi", 3, y=4)), methodcaller("upper")("abc"))
print(sorted([("b", 2), ("a", 3)], key=itemgetter(1), reverse=True))
try: op.concat(1, 2)
except TypeError as e: print(e)
try: attrgetter("zz")(p)
except AttributeError as e: print(e)
try: op.indexOf([1], 5)
except ValueError as e: print(e)
print(op.__add__(2, 3), op.__not__(1))
import heapq
h = []
for x in [5, 1, 4, 2, 3]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(5)])
h = [9, 3, 7, 1]; heapq.heapify(h); print(h, heapq.heapreplace(h, 8), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 5), h)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["bb", "a"], ["ccc"], key=len, reverse=True)))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, ["aaa", "b", "cc"], key=len), heapq.nlargest(0, [1]))
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush((), 1)
except TypeError as e: print(e)
pq = []
heapq.heappush(pq, (2, "two")); heapq.heappush(pq, (1, "one")); print(heapq.heappop(pq))
import bisect
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 5, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 0); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("d", 6), key=lambda r: r[1]); print(recs)
try: bisect.bisect(a, 1, -1)
except ValueError as e: print(e)
