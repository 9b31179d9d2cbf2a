# weakref: ref with callbacks, proxy, the weak containers, finalize
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def meth(self):
        return "meth of " + self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


log = []
o = Obj("a")
r = weakref.ref(o)
print(r() is o, weakref.ref(o) is r, weakref.getweakrefcount(o))
r2 = weakref.ref(o, lambda wr: log.append(("cb", wr is r2, wr())))
print(r2 is r, weakref.getweakrefcount(o), r2.__callback__ is not None, r.__callback__)
print(r == r2, hash(r) == hash(o), type(r).__name__, isinstance(r, weakref.ref))
print(len(weakref.getweakrefs(o)))
del o
print(r(), r2(), log, weakref.getweakrefcount(r))
print(repr(r).endswith("; dead>"), r == r2)

# callbacks run newest first, after the object is gone, also in cycles
order = []
c = Obj("c")
c.self = c
w1 = weakref.ref(c, lambda wr: order.append(1))
w2 = weakref.ref(c, lambda wr: order.append(2))
del c
gc.collect()
print(order, w1())

# callback errors are reported and ignored
def bad(wr):
    raise ValueError("in callback")
b = Obj("b")
wb = weakref.ref(b, bad)
del b
print("after bad callback", wb())

# a weakref dying first never calls back
called = []
d = Obj("d")
wd = weakref.ref(d, lambda wr: called.append(1))
del wd
del d
print(called)

# not weakly referenceable
for v in (1, "s", (1,), [1], {}, None, 2.5, b"x"):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
print(weakref.getweakrefcount(3), weakref.getweakrefs(3))

class L(list):
    pass
lst = L([1, 2])
wl = weakref.ref(lst)
print(wl(), type(wl()).__name__)
def f():
    return 1
print(weakref.ref(f)() is f, weakref.ref(Obj)() is Obj, weakref.ref(len)() is len)
s = {1, 2}
try:
    weakref.ref(s)
    print("set ok")
except TypeError as e:
    print(e)

# proxy
p_obj = Obj("p")
p = weakref.proxy(p_obj)
print(p.name, p.meth(), repr(p).startswith("<weakproxy"), type(p) is weakref.ProxyType)
p.name = "q"
print(p_obj.name, str(p))
cp = weakref.proxy(f)
print(cp(), type(cp) is weakref.CallableProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
del p_obj
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

# WeakMethod
m_obj = Obj("m")
wm = weakref.WeakMethod(m_obj.meth)
print(wm()(), wm() == m_obj.meth)
del m_obj
print(wm())
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print(e)

# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
x1, x2 = Obj("x1"), Obj("x2")
wvd["a"] = x1
wvd["b"] = x2
print(len(wvd), sorted(wvd.keys()), wvd["a"], "a" in wvd, wvd.get("zz", 0))
del x1
print(len(wvd), "a" in wvd, list(wvd), wvd.get("a"), sorted(wvd.data))
try:
    wvd["a"]
except KeyError as e:
    print("KeyError", e)
print(wvd.pop("b"), len(wvd))
wvd.update({"c": x2}, d=x2)
print(sorted(k for k, v in wvd.items()), list(wvd.values()) == [x2, x2])
wvd2 = weakref.WeakValueDictionary({"k": x2})
print(dict(wvd2.items()), wvd2.setdefault("k", None))

# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), wkd[k1], k1 in wkd, 5 in wkd, sorted(wkd.values()))
del k1
print(len(wkd), list(wkd), len(wkd.data))
print(wkd.get(k2), wkd.pop(k2), len(wkd))

# WeakSet
ws = weakref.WeakSet()
s1, s2 = Obj("s1"), Obj("s2")
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, 3 in ws)
del s1
print(len(ws), list(ws), len(ws.data))
ws.discard(s2)
print(len(ws), ws == weakref.WeakSet())

# finalize
fo = Obj("f")
fin = weakref.finalize(fo, print, "finalized", 1, sep="-")
print(fin.alive, fin.peek()[1:])
del fo
print(fin.alive)
g = Obj("g")
fin2 = weakref.finalize(g, lambda: "done")
print(fin2(), fin2.alive, fin2(), fin2.detach())
h = Obj("h")
fin3 = weakref.finalize(h, print, "never")
print(fin3.detach()[0] is h, fin3.alive)
del h
print("end")
