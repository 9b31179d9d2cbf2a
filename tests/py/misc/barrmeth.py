# bytearray: shared methods keep the type, mutation, comparisons, errors
a = bytearray(b"Hello World")
print(a.upper(), a.split(), a.partition(b" "), a.center(15, b"*"), a.hex(), bytearray.fromhex("41 42"))
print(a == b"Hello World", b"Hello World" == a, a < b"Z", a + b"!", b"!" + a, a * 2, bytes(a))
a[0] = 104
a[-5:] = b"there"
del a[0]
print(a, len(a), a[0], a[1:4], list(a[:3]), 101 in a, b"the" in a, a.find(b"the"))
a += b"??"
a.extend([33, 34])
a.insert(-1, 35)
print(a, a.pop(), a.pop(0), a.count(b"?"), a.decode(), str(a, "ascii"))
b = bytearray(range(5))
b[1:4:2] = b"xy"
del b[::2]
b.reverse()
print(b, b.copy(), bytearray(), bytearray(3), bytearray("é", "utf-8"), bytearray(b"ab") * 2)
c = bytearray(b"x")
d = c
c += b"y"
print(d, c is d, sorted(bytearray(b"cab")), list(reversed(bytearray(b"ab"))))
for bad in [lambda: hash(bytearray()), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").pop(5),
            lambda: bytearray(b"a").__setitem__(slice(0, 3, 2), b"xyz"), lambda: bytearray(b"a")["x"],
            lambda: bytearray("x"), lambda: bytearray(b"a") + "b", lambda: bytearray(b"ab").insert(0, 999)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
