# memoryview wherever a bytes-like object is accepted
import struct
import io
ba = bytearray(b"hello world")
m = memoryview(ba)
s = m[6:]
print(bytes(s), bytearray(s), b"-".join([s, m[:5]]), b"world".startswith(s[:2]), b"o w" in m)
print(b"hello world".find(m[4:7]), b"x".join([m[0:1], m[1:2]]), b"abc" + memoryview(b"def"), bytearray(b"x") + m[:2])
print(m[:3].tobytes().upper(), b"%s|%b" % (m[:2], memoryview(b"zz")), memoryview(b"6869").tobytes().decode())
print(int.from_bytes(m[:2], "big"), int.from_bytes(memoryview(b"\x01\x02")[::-1], "little"))
print(struct.unpack_from("<H", m, 1), struct.unpack("<HH", m[:4]), list(struct.iter_unpack("<B", m[:2])))
buf = bytearray(6)
struct.pack_into("<HI", memoryview(buf), 0, 7, 9)
struct.pack_into(">H", buf, -2, 0x4142)
print(buf)
bio = io.BytesIO()
bio.write(memoryview(b"abcdef")[1:4])
print(bio.getvalue())
name = "mvuse.tmp"
with open(name, "wb") as f:
    print(f.write(memoryview(b"abcdef")[1:3]), f.write(bytearray(b"!")))
    try:
        f.write(memoryview(b"abcdef")[::2])
    except BufferError as e:
        print(type(e).__name__, e)
with open(name, "rb") as f:
    print(f.read())
import os
os.remove(name)
for bad in (lambda: struct.pack_into("<H", b"ab", 0, 1), lambda: struct.pack_into("<I", buf, 4, 1),
            lambda: struct.pack_into("<H", buf, -9, 1), lambda: struct.pack_into("<H", memoryview(b"ab"), 0, 1)):
    try:
        bad()
    except (TypeError, struct.error) as e:
        print(type(e).__name__, e)
