# descriptors: __get__, __set__, __set_name__; data vs non-data precedence
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class C:
    n = Typed()
    nd = NonData()
c = C()
c.n = 5
print(c.n, type(C.n).__name__, c.nd)
c.__dict__["nd"] = "instance wins"
print(c.nd)
try:
    c.n = "x"
except TypeError as e:
    print(type(e).__name__, e)
