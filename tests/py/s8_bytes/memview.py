# memoryview: slicing without copies, writes through, release
data = bytearray(b"abcdefgh")
m = memoryview(data)
part = m[2:5]
print(bytes(part), len(part), part[0], part.tobytes(), part.tolist(), m.readonly)
part[0] = ord("C")
print(data)
m[0:2] = b"AB"
print(data, bytes(m[::2]), m.nbytes)
ro = memoryview(b"fixed")
print(ro.readonly, bytes(ro[1:]), ro == b"fixed")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(bytearray(4)) as mv:
    mv[1] = 9
    print(mv.tolist())
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
