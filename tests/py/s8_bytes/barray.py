# bytearray: mutation, slice assignment, methods
a = bytearray(b"hello")
a[0] = 72
a.append(33)
a.extend(b"??")
a += b"!"
print(a, len(a), a.pop(), a.pop(0), a)
a[1:3] = b"EL"
print(a)
a[0:0] = b">>"
del a[-2:]
print(a)
a.insert(0, 60)
a.remove(62)
a.reverse()
print(a, a.find(b"l"), a.upper(), bytes(a), a == bytes(a))
c = bytearray(3)
c[::2] = b"xy"
print(c, bytearray(b"abc").replace(b"b", b"B"), bytearray([1, 2]) + b"\x03")
for bad in (lambda: a.__setitem__(0, 256), lambda: a.append(-1), lambda: a.remove(0), lambda: bytearray().pop(), lambda: a.__setitem__(slice(0, 2, 1), 5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"x")
b.clear()
print(b, b.copy() is not b)
