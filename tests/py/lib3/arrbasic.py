# array.array: construction, items, slices, methods, operators, repr.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for c in "bBuhHiIqQfd":
    print(c, A(c).itemsize, A(c).typecode, repr(A(c)))

a = A('i', [1, 2, 3, 4, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], bool(a), bool(A('i')))
a[0] = 10
a[-1] = -5
print(a)
a[1:3] = A('i', [7, 8, 9])
print(a)
a[::2] = A('i', [0, 0, 0])
print(a)
a[2:2] = A('i', [42])
print(a)
a[5:] = A('i')
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))

b = A('h', range(6))
b.append(6)
b.extend([7, 8])
b.extend(A('h', [9]))
b.insert(0, -1)
b.insert(-1, 100)
b.insert(99, 200)
print(b)
print(b.pop(), b.pop(0), b.pop(3), b)
b.remove(100)
print(b, b.index(4), b.index(4, 2, 9), b.count(4), 4 in b, 99 in b, 4.0 in b)
b.reverse()
print(b)
print(b.tolist(), type(b.tolist()))
b.fromlist([11, 12])
print(b)
print([x * 2 for x in b], list(reversed(b)), sum(b), max(b), sorted(b)[:3])

d = A('d', [1.5, -2.25, 3e100])
d.append(7)
d.append(True)
print(d, d[2], d + A('d', [0.5]), d * 2)
f = A('f', [0.1, 1.5])
print(f, f[0] == 0.1, f.tolist())

u = A('u', 'hello')
u.append('!')
u.fromunicode(' wörld €')
print(u, u.tounicode(), u[1], u[::-1].tounicode(), len(u))

q = A('Q', [2**64 - 1, 0])
print(q, A('q', [-2**63, 2**63 - 1]), A('B', b'\x00\xff'), A('b', bytearray(b'\x80')))
print(A('d', A('i', [1, 2])), A('i', A('i', [3])), A('h', memoryview(b'\x01\x02')))

x = A('i', [1, 2, 3])
y = A('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y, x == A('d', [1.0, 2.0, 3.0]))
print(x == [1, 2, 3], A('i', [1]) < A('i', [1, 0]), A('f', [float('nan')]) == A('f', [float('nan')]))
print(x + y, x * 3, 2 * x, x * 0, x * -1)
z = x
z += y
print(z is x, x)
z *= 2
print(z is x, len(x))
w = A('b', [1, 2])
w.byteswap()
print(w)
h = A('H', [1, 256])
h.byteswap()
print(h)
import copy
c = copy.copy(h)
c2 = copy.deepcopy(h)
c[0] = 7
print(h, c, c2, c2 == h)
addr, n = h.buffer_info()
print(type(addr), n, addr != 0)
print(A('i', [5, 6]).tobytes(), A('d', [1.0]).tobytes())
e = A('i')
e.frombytes(b'\x01\x00\x00\x00\x02\x00\x00\x00')
print(e)
it = iter(A('i', [1, 2]))
print(next(it), next(it), list(it))
print(isinstance(A('i'), A), type(A('i')) is A)
