# dict equality ignores order; copies, dict(**d), nested updates
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, list(a) == list(b), dict(**a) == a, {**a, "z": 0})
c = dict(a)
c["y"].append(3)
print(a["y"], c is a, c == a)
print({1: "a"} == {True: "a"}, {} != {"k": None})
merged = {}
for part in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged.update(part)
print(merged)
