# set methods with several arguments, sets of tuples, equality with frozenset, unhashable lookups
s = {1, 2, 3}
print(sorted(s.union([4], (5,), {6})), sorted(s.intersection([1, 2], {2, 3})), sorted(s.difference([1], [2])))
print(s == frozenset({1, 2, 3}), {1} < frozenset({1, 2}), frozenset() == set(), set() == frozenset())
pairs = {(x, y) for x in range(3) for y in range(3) if x < y}
print(sorted(pairs), (0, 2) in pairs)
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard({})
except TypeError as e:
    print(type(e).__name__, e)
t = set()
t.update("abc", [1])
print(len(t), "a" in t, s.isdisjoint([7, 8]), s.issubset([1, 2, 3, 4]), s.issuperset(()))
print(sorted({3, 1, 2} - {2}), sorted({"b", "a"}), min({5, 3, 9}), max(frozenset("xyz")))
