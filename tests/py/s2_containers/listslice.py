# list slicing, slice assignment and deletion
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-2:], l[7:2:-2], l[:])
m = l[:]
m[2:5] = ["a", "b"]; print(m)
m[:0] = [-1]; print(m)
m[len(m):] = [99]; print(m)
m[::2] = "x" * len(m[::2]); print(m)
del m[::3]; print(m)
del m[1:3]; print(m)
n = [1, 2, 3]
n[1:2] = []; print(n)
n[:] = range(3); print(n)
try:
    n[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    n[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(l[slice(2, 8, 2)], l[100:], l[-100:1])
