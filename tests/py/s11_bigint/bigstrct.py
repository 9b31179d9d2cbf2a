# Bytes of ints past 64 bits: int.to_bytes/from_bytes and struct's Q
import struct
print((2**64 - 1).to_bytes(8, "big"), int.from_bytes(b"\xff" * 9, "little"))
print((2**80 + 1).to_bytes(11, "little"), int.from_bytes(b"\x80" + b"\x00" * 10, "big", signed=True))
print(struct.pack("<Q", 2**63), struct.pack(">Q", 2**64 - 1), struct.unpack("<Q", b"\xff" * 8))
print(struct.unpack(">Q", b"\x80" + b"\x00" * 7), struct.unpack("<q", b"\x00" * 7 + b"\x80"))
for bad in (lambda: struct.pack("<Q", 2**64), lambda: struct.pack("<q", 2**63), lambda: (2**64).to_bytes(8, "big")):
    try:
        bad()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
