# rich comparison methods and NotImplemented fallbacks
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    __hash__ = None
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
print(sorted(vs), Ver(1) == Ver(1), Ver(1) != Ver(2), Ver(1) < Ver(2), Ver(3) > Ver(2), Ver(1) <= Ver(1))
print(Ver(1) == 1, min(vs), max(vs))
try:
    Ver(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Ver(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain())
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)
