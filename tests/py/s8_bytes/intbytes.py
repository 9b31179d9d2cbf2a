# int.to_bytes and int.from_bytes (past 64 bits: s11_bigint/bigstrct.py)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes([1, 0], "big"), (0).to_bytes(0, "big"))
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
