# object's default dunders
class C: pass
c = C()
print(c.__class__ is C, C.__base__ is object, object.__name__, isinstance(c, object))
print(c.__eq__(c), c.__eq__(1), c.__ne__(c), type(c.__eq__(1)).__name__)
print(str(c) == repr(c), C.__bases__ == (object,))
