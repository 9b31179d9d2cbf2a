# array.array through the buffer protocol: memoryview (format, items,
# writes, casts), bytes/bytearray, struct.pack_into/unpack_from, files
# (write, readinto, tofile, fromfile), hashlib, int.from_bytes.
import os
import struct
import hashlib
from array import array as A

a = A('i', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.readonly, m.tolist(), m[1], m[-1])
m[0] = 100
print(a, m.obj is a)
print(m[1:].tolist(), m[::2].tolist(), m.cast('B').tolist()[:4], bytes(m[:1]))
m.release()
h = A('H', [1, 2, 0xffff])
print(bytes(h), bytearray(h), bytes(A('d', [1.0])), b'x' + A('b', [65]), len(bytes(A('q', [1, 2]))))
print(memoryview(A('d', [0.5, 2.0])).tolist(), memoryview(A('B', b'ab')) == b'ab')
print(memoryview(A('i', [1, 2])) == A('i', [1, 2]), memoryview(A('f', [1.5])).format)
b = A('B', bytes(8))
struct.pack_into('<HI', b, 1, 0x1234, 0xdeadbeef)
print(b, struct.unpack_from('<HI', b, 1), struct.unpack('<4H', A('H', [1, 2, 3, 4])))
print(int.from_bytes(A('B', [1, 2]), 'little'), hashlib.md5(A('B', b'abc')).hexdigest())
print(str(A('B', b'hi'), 'ascii'), bytes(A('u', 'A')))

name = "arrbuf.tmp"
with open(name, "wb") as f:
    print(f.write(A('h', [1, 2, 3])))
    A('i', [7, 8]).tofile(f)
with open(name, "rb") as f:
    r = A('h', [0, 0, 0])
    print(f.readinto(r), r)
    r2 = A('i')
    r2.fromfile(f, 2)
    print(r2)
    try:
        r2.fromfile(f, 1)
    except EOFError as e:
        print("EOFError", e, r2)
with open(name, "rb") as f:
    big = A('b', bytes(20))
    print(f.readinto(big), big.tolist()[:8], f.readinto(big))
    f.seek(0)
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.readinto(memoryview(ba)[2:]), ba)
    try:
        f.readinto(b"xx")
    except TypeError as e:
        print("TypeError", e)
with open(name, "rb") as f:
    r3 = A('i')
    try:
        r3.fromfile(f, 5)
    except ValueError as e:
        print("ValueError", e, r3)
os.remove(name)
