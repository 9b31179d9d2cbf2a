# dict lookups with default values, keyword restrictions, get versus []
d = {"a": 0, "b": None}
print(d.get("a", 5), d.get("b", 5), d.get("c"), "b" in d, d["b"] is None)
try:
    d.get("a", default=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
print(d.setdefault("c"), d, d.pop("c", None), d.pop("zz", "dflt"))
counts = {}
for w in "a b a c a b".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
