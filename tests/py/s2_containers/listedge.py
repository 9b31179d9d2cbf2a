# list operations on edge positions: negative insert/pop/index, self-extension
l = [1, 2, 3, 2]
l.insert(-1, "x"); l.insert(-100, "first"); l.insert(100, "last")
print(l, l.pop(-2), l.index(3, -4), l.index(2, 0, 3))
l.remove(2)
print(l, l.count(2))
m = [1, 2]
m.extend(m)
print(m)
m += m
print(m, len(m))
m[:] = m[::2]
print(m, [0] * 0, [[]] * 2, m * -1)
n = [3, 1, 2]
n[:] = sorted(n)
print(n, n[-1:-4:-1], n[5:1:-1], n[-1:] + n[:1])
try:
    l.index(2, -1)
except ValueError as e:
    print(type(e).__name__, e)
