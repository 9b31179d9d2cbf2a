# Attribute sites cache what a class holds; every change must show at once.
class A:
    def m(self):
        return "A.m"

    @property
    def p(self):
        return "A.p"


def probe(o):
    # One site each: LOAD_METHOD m, LOAD_ATTR m, LOAD_ATTR p, LOAD_ATTR x.
    out = []
    try:
        out.append(o.m())
    except Exception as e:
        out.append(type(e).__name__)
    try:
        out.append(o.m if isinstance(o.m, str) else o.m.__name__)
    except Exception as e:
        out.append(type(e).__name__)
    try:
        out.append(o.p)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(o.x)
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
    return out


def store(o, v):
    o.x = v


a = A()
for _ in range(3):
    print(probe(a))
store(a, 1)
print(probe(a))
a.m = "shadow"          # instance attribute shadows the method
print(probe(a))
del a.m
A.m = lambda self: "new m"   # class attribute replaced
print(probe(a))
A.p = property(lambda self: "new p")
print(probe(a))
del A.p
print(probe(a))


class B(A):
    def m(self):
        return "B.m"


b = B()
store(b, 2)
print(probe(b))
a.__class__ = B          # the instance changes class
print(probe(a))
A.x = "class x"          # a class attribute under the instance's name
print(probe(A()))
del A.x


class WithSetattr:
    pass


w = WithSetattr()
store(w, 1)
store(w, 2)
WithSetattr.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
store(w, 3)
print(w.x)


class Slotted:
    __slots__ = ("y",)


s = Slotted()
try:
    store(s, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    def __getattr__(self, name):
        return "getattr " + name


print(probe(Fallback()))


class Raiser:
    @property
    def p(self):
        raise ValueError("in getter")


print(probe(Raiser()))


class WithDescr:
    class D:
        def __get__(self, o, t):
            return "descr"

        def __set__(self, o, v):
            o.__dict__["seen"] = v

    x = D()


d = WithDescr()
print(probe(d))
store(d, 5)
print(d.seen, d.x)


def make_class(i):
    class C:
        def m(self):
            return "C%d.m" % i

    return C()


# Classes freed and made again (a new class may reuse a freed one's address).
print([probe(make_class(i))[0] for i in range(5)])


class Init:
    def __init__(self, v):
        self.v = v


class BadInit:
    def __init__(self):
        return 1


print(Init(4).v)
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Init()
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


print(type(Plain()).__name__, [type(Plain()).__name__ for _ in range(2)])
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
