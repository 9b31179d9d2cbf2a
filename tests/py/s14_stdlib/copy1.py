# copy: copy/deepcopy with memo, cycles, __copy__/__deepcopy__, __reduce__, slots
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(3); q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.l is p.l, r.l is p.l, r.l)
class C:
    def __copy__(self): print("copy hook"); return "copied"
    def __deepcopy__(self, memo): print("deep hook", type(memo).__name__); return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
s = copy.deepcopy(S()); print(s.a, hasattr(s, "b"))
shared = [0]; m = copy.deepcopy({"x": shared, "y": shared}); print(m["x"] is m["y"])
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(len) is len)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
