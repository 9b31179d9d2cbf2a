# metaclasses: __call__, __init__, __prepare__, inheritance of the metaclass
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kw)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="cfg"):
        self.name = name
a = Config("one")
b = Config("two")
print(a is b, a.name, type(Config).__name__, isinstance(Config, Singleton), isinstance(Config, type))
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("extra", 0)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry):
    pass
class Child(Base, extra=7):
    def hi(self):
        return "hi"
print(Registry.classes, Child.extra, Base.extra, type(Child).__name__, Child().hi())
print([k.__name__ for k in type(Child).__mro__], issubclass(Child, Base))
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        d = {"prepared": True}
        return d
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=Ordered):
    b = 1
    a = 2
print(Rec.fields, Rec.prepared)
Dyn = Registry("Dyn", (Base,), {"v": 3})
print(Dyn.v, type(Dyn).__name__, Registry.classes[-1], Dyn.__name__, Dyn.__bases__[0].__name__)
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
try:
    class B(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError", str(e)[:18])
class Meta(type):
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
    def __len__(cls):
        return 42
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class G(metaclass=Meta):
    pass
print(G[int], len(G), G.upper_name, repr(G)[:17])
class WithKw:
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class K1(WithKw, flag=True):
    pass
class K2(K1):
    pass
print(K1.flag, K2.flag)
try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(type), type(int), type(Meta), type.__name__)
T = type("T", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"T({self.v})"})
print(T(5), T.__name__, type(T) is type)
