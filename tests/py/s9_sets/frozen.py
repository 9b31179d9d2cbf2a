# frozenset: immutable, hashable, mixes with set
f = frozenset("abc")
print(sorted(f), len(f), "a" in f, hash(f) == hash(frozenset("cba")), f == {"a", "b", "c"})
d = {f: 1, frozenset(): 2}
print(d[frozenset(["c", "b", "a"])], d[frozenset()])
print(type(f | {"z"}).__name__, type({"z"} | f).__name__, sorted(f & {"a", "q"}))
print({frozenset([1]), frozenset([1])}, repr(frozenset()), repr(frozenset([5])))
try:
    f.add("d")
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset([1, 2]) <= frozenset([1, 2, 3]), f.copy() is f)
