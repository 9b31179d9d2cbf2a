# reflected operators and NotImplemented from both sides
class Meters:
    def __init__(self, m):
        self.m = m
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.m + o.m)
        if isinstance(o, int):
            return Meters(self.m + o)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, o):
        return isinstance(o, Meters) and self.m == o.m
    def __repr__(self):
        return f"{self.m}m"
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)
