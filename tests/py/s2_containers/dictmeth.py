# dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("z", "default"), d)
print(d.popitem(), d)
d.update({"x": 1}); d.update([("y", 2)]); d.update(z=3); print(d)
c = d.copy(); c["new"] = 1; print(len(d), len(c))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d.clear(); print(d)
e = {"k": 1} | {"j": 2}
print(e)
e |= {"k": 5}
print(e)
try:
    {}.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    d.pop("nope")
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    d.update(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
