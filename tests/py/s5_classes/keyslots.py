# __slots__ as real slots, class attributes and descriptors against instance
# attributes, __getattr__/__getattribute__, and attribute sites seeing the
# class change after instances exist.


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = S(1)
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
s.b = 2
print(s.a, s.b)
del s.a
print(hasattr(s, "a"), s.b)
s.a = 3
print(s.a, s.b)
try:
    s.c = 1
except AttributeError as ex:
    print("AttributeError", ex)
try:
    del s.a
    del s.a
except AttributeError as ex:
    print("AttributeError", ex)
try:
    vars(s)
except TypeError as ex:
    print("TypeError", ex)


class S2(S):
    __slots__ = ("c",)


t = S2(5)
t.c = 6
t.b = 7
print(t.a, t.b, t.c)


class D(S):
    pass


u = D(8)
u.z = 9
print(u.a, u.z, vars(u).get("z"))

# Class attributes, shadowed by instance attributes and back.
class C:
    k = "class"

    def m(self):
        return "method"


c = C()
print(c.k, c.m())
c.k = "inst"
c.m = lambda: "inst-fn"
print(c.k, c.m(), C.k)
del c.k
del c.m
print(c.k, c.m())

# Data descriptors win over instance attributes, non-data ones lose.
class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, x):
        self._v = x


p = Prop()
p.v = 5
print(p.v, vars(p))
p.__dict__["v"] = 100
print(p.v)


class NonData:
    def __get__(self, obj, cls):
        return "nondata"


class Data:
    def __get__(self, obj, cls):
        return "data"

    def __set__(self, obj, v):
        obj.__dict__["seen"] = v


class H:
    nd = NonData()
    dd = Data()


h = H()
print(h.nd, h.dd)
h.nd = "mine"
h.dd = "set"
print(h.nd, h.dd, vars(h))

# __getattr__ only for what is missing; __getattribute__ for everything.
class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing:" + name


g = G()
print(g.real, g.other)


class GA:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name == "x":
            return object.__getattribute__(self, name) + 100
        return object.__getattribute__(self, name)


print(GA().x)

# A site that saw instances keeps up when the class changes.
class K:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def read(o):
    return o.v, o.get()


objs = [K(i) for i in range(3)]
print([read(o) for o in objs])
K.get = lambda self: -self.v
print([read(o) for o in objs])
K.v = property(lambda self: "prop")
print([o.v for o in objs])
del K.v
print([read(o) for o in objs])


def setv(o, x):
    o.v = x


for o in objs:
    setv(o, 7)
print([o.v for o in objs])
K.__setattr__ = lambda self, n, x: object.__setattr__(self, n, x * 2)
for o in objs:
    setv(o, 7)
print([o.v for o in objs])

# Two classes through one site, and instances made before a new attribute.
class L1:
    def __init__(self):
        self.v = "l1"


class L2:
    def __init__(self):
        self.w = 0
        self.v = "l2"


print([read2.v for read2 in [L1(), L2(), L1(), L2()]])
old = L1()
newer = L1()
newer.extra = 1
print(hasattr(old, "extra"), newer.extra, vars(old), vars(newer))
