# big strings and lists: building, slicing, joining
s = "abc" * 100_000
print(len(s), s[-3:], s.count("ca"), s.find("cab", 1000))
parts = [str(i) for i in range(100_000)]
j = ",".join(parts)
print(len(j), j[:20], len(j.split(",")))
l = list(range(200_000))
l.reverse()
print(l[:3], sum(l), len(l[::7]))
