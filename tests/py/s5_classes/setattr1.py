# getattr/setattr/hasattr/delattr with computed names
class C: pass
c = C()
for i in range(3):
    setattr(c, f"f{i}", i * i)
print(c.f2, getattr(c, "f1"), hasattr(c, "f0"), c.f0)
delattr(c, "f0")
print(hasattr(c, "f0"))
try:
    delattr(c, "f0")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
