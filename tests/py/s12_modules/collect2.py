# collections: the rest of deque, namedtuple, OrderedDict, defaultdict and Counter
from collections import deque, namedtuple, OrderedDict, defaultdict, Counter
d = deque(range(5))
d.rotate(-2); print(d); d.rotate(7); print(d)
d.extendleft([10, 11]); print(d, d.count(3), d.index(3), len(d), bool(deque()))
d.remove(10); d.reverse(); print(d, d == deque(list(d)), d.copy(), deque([1]) == [1])
d[0] = 99; del d[1]; print(d, d[-1], 4 in d)
print(deque([], 0), deque("abc", maxlen=2), deque(maxlen=3).maxlen)
for bad in (lambda: d[100], lambda: deque().popleft(), lambda: d.index(12345), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
Point = namedtuple("Point", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, Point._make([4, 5, 6]), p._fields, Point._field_defaults, len(p), list(p), p[-1], p.index(2), p.count(1), hash(p) == hash((1, 2, 0)))
x, y, z = p
print(x, y, z, p < (1, 3), p == Point(1, 2, 0), p != (1, 2))
for bad in (lambda: Point(1, 2, 3, 4), lambda: Point(), lambda: Point(1, x=1), lambda: Point(1, w=2), lambda: Point(x=1), lambda: namedtuple("B", "a b c")(), lambda: namedtuple("A", "x x"), lambda: namedtuple("A", "_x"), lambda: namedtuple("A", "1x"), lambda: p._replace(w=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a", last=False); o.move_to_end("b")
print(o, o.popitem(), o, OrderedDict(), o == OrderedDict([("a", 1), ("c", 3)]), o == {"c": 3, "a": 1})
print(list(o.keys()), list(o.values()), list(o.items()), o.get("zz", 0), "a" in o, len(o))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
dd = defaultdict(lambda: "dflt", {"a": 1})
print(dd["b"], sorted(dd.items()), defaultdict(int), defaultdict(None, a=1))
try:
    defaultdict()["missing"]
except KeyError as e:
    print(type(e).__name__, e)
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), sorted(c.elements())[:6], c.total())
c.update({"a": 2}); c.update("zz")
print(c.most_common(3), Counter(), Counter(a=2, b=1))
