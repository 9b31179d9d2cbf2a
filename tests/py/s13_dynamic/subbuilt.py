# subclassing built-in types
class MyList(list):
    def sum(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
class Name(str):
    def shout(self):
        return self.upper() + "!"
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
l = MyList([1, 2, 3])
l.append(4)
print(l, l.sum(), len(l), isinstance(l, list), type(l[1:]).__name__)
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"), dict(d))
n = Name("bob")
print(n.shout(), n + "x", type(n + "x").__name__, n == "bob")
print(Even(7), Even(8) + 1, type(Even(3)).__name__)
try:
    raise AppError(404)
except AppError as e:
    print(e, e.code, e.args)
