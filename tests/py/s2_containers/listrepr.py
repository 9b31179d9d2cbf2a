# reprs of nested and self-referencing containers
l = [1, "two", [3, (4, 5)], {"six": 6}, None, True]
print(l, repr(l), str(l))
r = [1]
r.append(r)
print(r)
d = {"a": 1}
d["self"] = d
print(d)
print([[]], [()], [{}], ((),), (1,), ())
