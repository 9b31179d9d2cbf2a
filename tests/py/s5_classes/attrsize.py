# Instances whose classes make their dicts at the size the last __init__
# left: instances with more or fewer attributes than the last one, attributes
# added later, deleted, and the instance dict seen through __dict__ and vars.
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)


for n in (2, 0, 5, 12, 1, 3):
    p = P(n)
    p.extra = "x"
    print(n, sorted(vars(p)), getattr(p, f"a{n - 1}", None))
ps = [P(2) for _ in range(3)]
ps[0].z = 1
del ps[1].a0
print([sorted(q.__dict__) for q in ps])
ps[2].__dict__["w"] = 9
print(ps[2].w, hasattr(ps[1], "a0"))


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


s = Slotted()
s.y = 2
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)


class Odd:
    def __init__(self):
        return None


print(type(Odd()).__name__, vars(Odd()))
