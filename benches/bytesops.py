# Bytes work (issue 4): building frames in a bytearray, slicing, find, hex, checksums.
def checksum(data):
    s = 0
    for b in data:
        s = (s + b) & 0xFFFF
    return s


buf = bytearray()
for i in range(60000):
    payload = b"msg%05d:" % i + bytes([i & 0xFF]) * (i % 13)
    buf += len(payload).to_bytes(2, "big") + payload
frames = 0
pos = 0
view = memoryview(buf)
while pos < len(buf):
    n = int.from_bytes(view[pos:pos + 2], "big")
    frame = bytes(view[pos + 2:pos + 2 + n])
    if frame.startswith(b"msg"):
        frames += 1
    pos += 2 + n
text = bytes(buf)
print(frames, len(buf), checksum(buf), text.count(b"msg0"), text.find(b"msg59999"), text[:16].hex())
