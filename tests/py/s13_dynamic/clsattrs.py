# __class__, __bases__, __name__ assignment and attribute lookup through the MRO
class A:
    x = "A.x"
class B(A):
    pass
class C:
    x = "C.x"
b = B()
print(b.x, B.__bases__[0].__name__, b.__class__.__name__)
B.__name__ = "Renamed"
print(B.__name__, type(b).__name__)
b.__class__ = C
print(b.x, isinstance(b, A), isinstance(b, C))
print(getattr(B, "x"), hasattr(B, "__mro__"), [k.__name__ for k in B.__mro__])
