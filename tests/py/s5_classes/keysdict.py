# Instance attributes and their __dict__: a live, mutable view in insertion
# order, whatever order names are added and deleted in (instances keep
# their values in the class's shared key table until __dict__ is asked for).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
print(a.x, a.y, b.x, b.y)
d = a.__dict__
print(d, vars(a) is d, a.__dict__ is d)
d["z"] = 5
print(a.z, sorted(dir(a))[-3:])
a.w = 6
print(d)
del d["x"]
print(hasattr(a, "x"), d)
print(b.__dict__, b.x)

# Another order than the class's first instance.
c = P.__new__(P)
c.y = 1
c.x = 2
print(vars(c), list(vars(c)))
# Deleting in odd orders, then adding back.
e = P(1, 2)
e.z = 3
del e.x
print(vars(e))
e.x = 4
print(vars(e))
f = P(1, 2)
del f.y
f.y = 5
print(vars(f))
g = P(1, 2)
del g.x
del g.y
g.y = 7
g.x = 8
print(vars(g))
try:
    del g.nothere
except AttributeError as ex:
    print("AttributeError", ex)
try:
    print(P(1, 2).nothere)
except AttributeError as ex:
    print("AttributeError", ex)

# Many attributes (more than the class's key table keeps).
class Many:
    pass


m = Many()
for i in range(50):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a49, getattr(m, "a" + str(25)))
for i in range(0, 50, 2):
    delattr(m, "a%d" % i)
print(list(vars(m))[:5], len(vars(m)))
m2 = Many()
m2.b = 1
m2.a3 = 2
print(vars(m2))

# A name made at run time (not interned) finds the same attribute.
n = Many()
n.hello = 1
name = "".join(["hel", "lo"])
print(getattr(n, name), hasattr(n, name))
setattr(n, name, 2)
print(n.hello, vars(n))
delattr(n, name)
print(vars(n))

# __dict__ assignment and update.
h = P(1, 2)
h.__dict__ = {"q": 9}
print(vars(h), hasattr(h, "x"), h.q)
h.__dict__.update(r=10)
print(h.r)
k = P(1, 2)
k.__dict__.clear()
print(vars(k), hasattr(k, "x"))
k.x = 11
print(vars(k))

# Attributes set while iterating a snapshot of __dict__.
s = P(1, 2)
for key in list(vars(s)):
    setattr(s, key, getattr(s, key) * 10)
print(vars(s))

# __class__ assignment keeps the attributes.
class Q:
    def total(self):
        return self.x + self.y


t = P(3, 4)
t.__class__ = Q
print(type(t).__name__, t.total(), vars(t))
u = P(5, 6)
dd = u.__dict__
u.__class__ = Q
print(u.__dict__ is dd, u.total())
try:
    u.__dict__ = 5
except TypeError as ex:
    print("TypeError", ex)
