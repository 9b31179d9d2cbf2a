# dict creation and basic access
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"m": 1}, n=2))
print({1: "int", "1": "str", (1, 2): "tuple", None: "none", True: "bool"})
print({i: i * i for i in range(4)}, dict(zip("abc", range(3))))
print(d == {"c": 3, "a": 10, "b": 2}, d != {}, {} == dict())
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
