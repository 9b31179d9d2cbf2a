# heapq and bisect, native: heap invariants against sorted(), tuples,
# merge/nlargest/nsmallest with key, bisect/insort with lo/hi/key, on
# lists, subclasses and other sequences, and CPython's errors.
import heapq
import bisect


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h))))
print([heapq.heappop(h) for _ in range(len(data))] == sorted(data), h)
h = list(data)
heapq.heapify(h)
print(all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h))), h[:5])
print(heapq.heapreplace(h, 1000), heapq.heappushpop(h, -1), heapq.heappushpop(h, 50), h[0])
h = [9, 3, 7, 1]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 8), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 5), h)
print(heapq.heappushpop([], 3))
pq = []
for p, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heapq.heappush(pq, (p, name))
print([heapq.heappop(pq) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['bb', 'a'], ['ccc'], key=len, reverse=True)))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, ['aaa', 'b', 'cc'], key=len))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


h = []
for v in [1, 5, 3]:
    heapq.heappush(h, Rev(v))
print([heapq.heappop(h).v for _ in range(3)])

a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 5, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 0)
bisect.insort_right(a, 2)
print(a, bisect.bisect(a, 2, hi=3), bisect.bisect_left(a, 9, lo=2))
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('d', 6), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 5), key=lambda r: r[1])
print(recs)
print(bisect.bisect('abcde', 'c'), bisect.bisect((1, 3, 5), 4), bisect.bisect(range(0, 100, 10), 35))


class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)


ll = L([1, 3])
bisect.insort(ll, 2)
print(ll)
scores = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(scores, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])

t(lambda: heapq.heappush([]))
t(lambda: heapq.heappop())
t(lambda: heapq.heappop((1,)))
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapify())
t(lambda: heapq.heapify(1))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappushpop((), 1))
t(lambda: heapq.heappush([], 1, x=2))
t(lambda: heapq.heappush([1], 'a'))
t(lambda: bisect.bisect())
t(lambda: bisect.bisect([], 1, -1))
t(lambda: bisect.bisect([], 1, 0, 5))
t(lambda: bisect.bisect([1, 2], 1, 'a'))
t(lambda: bisect.bisect(1, 1))
t(lambda: bisect.insort(1, 1))
t(lambda: bisect.insort((), 1))
t(lambda: bisect.bisect([], 1, x=1))
t(lambda: bisect.bisect_left([1, 'a'], 1))
t(lambda: bisect.bisect([], 1, 0, 0, None, 5))
