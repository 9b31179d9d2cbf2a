# copies versus references for nested containers
a = [[1, 2], [3]]
shallow = list(a)
sliced = a[:]
a[0].append(99)
print(shallow, sliced, shallow[0] is a[0])
d = {"k": [1]}
dc = dict(d)
d["k"].append(2)
d["j"] = 0
print(dc, d)
t = (a, 1)
print(t)
