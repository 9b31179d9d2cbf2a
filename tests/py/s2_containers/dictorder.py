# dicts keep insertion order through updates, deletes and reinsertion
d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d))
del d["x"]
d["x"] = 0
print(list(d))
d["z"] = 1
print(list(d.items())[:2])
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(5):
    big[i * 2] = "back"
print(list(big)[-5:])
print(list(reversed({"a": 1, "b": 2, "c": 3})))
