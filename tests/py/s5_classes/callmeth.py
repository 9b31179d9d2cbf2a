# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(3)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, m.__name__)
getters = [C(i).get for i in range(3)]
print([g() for g in getters])
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
c.get = lambda: "instance attr wins"
print(c.get())
