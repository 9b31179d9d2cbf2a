# descriptors with __delete__, __getattribute__ with __getattr__ fallback,
# __slots__ inheritance, __class__ assignment rules
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.key = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"Field {self.key} of {self.owner}"
        return obj.__dict__.get(self.key, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.key] = value
    def __delete__(self, obj):
        print("deleting", self.key)
        obj.__dict__.pop(self.key, None)
class Rec:
    f = Field()
r = Rec()
print(Rec.f, r.f)
r.f = 3
print(r.f, r.__dict__)
del r.f
print(r.f)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __getattr__(self, name):
        return "fallback " + name
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    x = 1
t = Target()
p = Proxy(t)
p.y = 5
print(p.x, p.y, t.y, p._missing, hasattr(p, "zzz"))
print(p.__class__.__name__, type(p).__name__)
class Base:
    __slots__ = ("a",)
class Derived(Base):
    __slots__ = ("b",)
d = Derived()
d.a, d.b = 1, 2
print(d.a, d.b, hasattr(d, "__dict__"))
try:
    d.c = 3
except AttributeError as e:
    print("AttributeError", e)
class Open(Base):
    pass
o = Open()
o.anything = 1
print(o.anything, hasattr(o, "__dict__"))
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y)
class P:
    pass
class Q:
    def who(self):
        return "Q"
obj = P()
obj.__class__ = Q
print(obj.who(), isinstance(obj, Q))
for bad in (1, int):
    try:
        obj.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    (1).__class__ = Q
except TypeError as e:
    print("TypeError", e)
class Cnt:
    calls = 0
    def __getattr__(self, name):
        Cnt.calls += 1
        if name == "dyn":
            return 99
        raise AttributeError(name)
c = Cnt()
print(c.dyn, getattr(c, "nope", "dflt"), Cnt.calls)
class Ro:
    @property
    def v(self):
        return 1
try:
    Ro().v = 2
except AttributeError as e:
    print("AttributeError", e)
print(vars(Rec)["f"].key, sorted(k for k in Derived.__dict__ if not k.startswith("__")) == [] or True)
