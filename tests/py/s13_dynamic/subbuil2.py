# subclasses of built-in types: overrides seen by Python-level operations
import json
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __contains__(self, k):
        return super().__contains__(k.lower())
u = Upper()
u["A"] = 1
u["b"] = 2
print(u["a"], u["B"], "A" in u, len(u), sorted(u), json.dumps(u, sort_keys=True))
print(isinstance(u, dict), type(u).__name__, u == {"a": 1, "b": 2}, dict(u))
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for w in "a b a c a".split():
    c[w] = c[w] + 1
print(sorted(c.items()), c.get("zz"), "zz" in c)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return "Stack" + super().__repr__()
    def __len__(self):
        return super().__len__() * 10
s = Stack([1])
s.push(2).push(3)
print(s, len(s), list(s), s[0], s[-1], s[1:], sum(s), 3 in s, sorted(s, reverse=True))
print(isinstance(s, list), type(s[1:]).__name__, type(s + [4]).__name__, bool(Stack()))
class Rev(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self).__class__ and [x for x in super().__iter__()]))
print(list(Rev([1, 2, 3])), [x for x in Rev("ab")])
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), hash(p) == hash((3, 4)), type(p).__name__)
a, b = p
print(a, b, {p: "pt"}[(3, 4)])
class Tag(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
t = Tag("  hi ")
print(repr(t), t.upper(), type(t.upper()).__name__, type(t).__name__, t + "!", len(t))
print({t: 1}["hi"], t == "hi", "h" in t, t[0], f"{t}", str(t), type(str(t)).__name__)
class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"
m = Money(2.5)
print(m, m + 1, type(m + 1).__name__, m * 2, m > 2, int(m), isinstance(m, float))
class Small(int):
    pass
n = Small(3)
print(n, n + n, list(range(n)), [10, 20, 30, 40][n], "ab" * Small(2), n == 3, hash(n) == hash(3))
print(isinstance(n, int), type(n).__name__, -n, abs(Small(-2)), n.bit_length(), f"{n:03d}", str(n))
class Flags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
f = Flags([1])
f.add_all(2, 3)
print(sorted(f), len(f), 2 in f, type(f).__name__, f | {9} == {1, 2, 3, 9})
class Blob(bytes):
    def hexed(self):
        return self.hex()
bl = Blob(b"ab")
print(bl, bl.hexed(), len(bl), bl[0], bl.upper(), type(bl.upper()).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(5, "bad")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, AppError))
class L1(list):
    pass
class L2(list):
    def hello(self):
        return "L2"
x = L1([1, 2])
x.__class__ = L2
print(x.hello(), x, type(x).__name__)
x.extra = 5
print(x.extra, x.__dict__)
try:
    [].foo = 1
except AttributeError as e:
    print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
