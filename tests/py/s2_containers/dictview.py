# dict views are live and support len/in/iteration
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(k), list(v), list(it), len(k), "c" in k, 3 in v, ("a", 1) in it)
for key, value in d.items():
    print(key, value)
del d["a"]
print(list(k), sorted(v))
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
