# struct: pack/unpack/calcsize/iter_unpack with standard sizes and byte orders
import struct
print(struct.pack("<HIb", 1, 2, -3), struct.pack(">HIb", 1, 2, -3), struct.pack("!q", -1), struct.pack("<f", 1.5), struct.pack("<d", -2.0))
print(struct.unpack("<HIb", b"\x01\x00\x02\x00\x00\x00\xfd"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<?", b"\x01"))
print(struct.calcsize("<HIb"), struct.calcsize("<5s2x3B"), struct.calcsize(">Qd"), struct.pack("<3s", b"abcdef"), struct.pack("<c", b"z"))
print(list(struct.iter_unpack("<HH", b"\x01\x00\x02\x00\x03\x00\x04\x00")), struct.unpack_from("<H", b"\x00\x01\x02", 1))
buf = bytearray(6)
struct.pack_into("<HI", buf, 0, 7, 9)
print(buf, struct.Struct("<I").size, struct.Struct("<I").unpack(b"\x05\x00\x00\x00"))
for bad in (lambda: struct.pack("<B", 256), lambda: struct.unpack("<I", b"\x00"), lambda: struct.pack("<Z", 1), lambda: struct.pack("<H", "x")):
    try:
        bad()
    except struct.error as e:
        print("struct.error", e)
