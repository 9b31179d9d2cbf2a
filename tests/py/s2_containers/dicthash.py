# keys that compare equal are the same key
d = {1: "int"}
d[True] = "bool"
print(d)
d[1] = "again"
print(d, len(d))
d2 = {(1, 2): "t"}
print(d2[(1, 2)], (1, 2) in d2)
d3 = {"": 0, 0: 1}
print(d3)
try:
    d4 = {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
