# collections: deque indexing/rotation/maxlen, namedtuple defaults and _make, OrderedDict equality
from collections import deque, namedtuple, OrderedDict, defaultdict
d = deque(range(5))
d.rotate(-2)
print(d, d[2], d.index(4), d.count(0), list(reversed(d)))
d.extendleft([9, 8])
print(d, len(d))
d.remove(9)
d.clear()
print(d, bool(d))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, list(bounded))
Point = namedtuple("Point", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, Point._make([4, 5, 6]), p._fields, Point._field_defaults, p.z)
a, b, c = p
print(a + b + c, isinstance(p, tuple))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
tree = defaultdict(lambda: defaultdict(int))
tree["x"]["y"] += 2
print({k: dict(v) for k, v in tree.items()})
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print(type(e).__name__, e)
