# __hash__ and __eq__ for instances used as dict keys
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("a"): 1}
d[Key("a")] = 2
d[Key("b")] = 3
print(d, d[Key("b")], Key("c") in d)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Default: pass
x = Default()
print({x: 1}[x], hash(x) == hash(x))
