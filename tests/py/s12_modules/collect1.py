# collections: deque, namedtuple, OrderedDict, defaultdict
from collections import deque, namedtuple, OrderedDict, defaultdict
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.popleft(), d.pop(), len(d), list(d), d.maxlen)
d.extend([7, 8]); d.rotate(1)
print(d, 7 in d, d[0], d[-1])
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x + p.y, p[0], p._replace(x=9), p._asdict(), P._fields, tuple(p), p == (1, 2))
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
o = OrderedDict()
o["b"] = 1; o["a"] = 2
o.move_to_end("b")
print(o, list(o), o.popitem(last=False))
dd = defaultdict(list)
dd["k"].append(1); dd["k"].append(2); dd["j"]
print(dict(dd), dd.default_factory is list, len(dd))
counts = defaultdict(int)
for c in "banana":
    counts[c] += 1
print(sorted(counts.items()))
