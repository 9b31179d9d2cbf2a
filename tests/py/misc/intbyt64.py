# int.to_bytes / int.from_bytes within 64-bit ints
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print((-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True), (2**62).to_bytes(12, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes([1, 0], "big"), (0).to_bytes(0, "big"), int.from_bytes(b""))
print(int.from_bytes(b"\x00" * 20 + b"\x07", "big"), int.from_bytes(b"\xfe" + b"\xff" * 19, "little", signed=True))
for n in (0, 1, 255, 256, -1, -256, 2**40 + 3, -(2**40)):
    b = n.to_bytes(8, "big", signed=True)
    assert int.from_bytes(b, "big", signed=True) == n
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(0, "big"),
            lambda: int.from_bytes(5, "big"), lambda: int.from_bytes(["x"], "big")):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
