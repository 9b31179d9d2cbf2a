# memoryview: attributes, indexing, slices (also strided and reversed) share memory
ba = bytearray(b"hello world")
m = memoryview(ba)
print(len(m), m[0], m[-1], m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.readonly)
s = m[6:]
print(bytes(s), s.tobytes(), s.tolist()[:3], s.hex(), s.hex(":"), s.obj is ba, s.contiguous)
print(m[::-1].tobytes(), m[::3].tolist(), m[::-2][1:3].tobytes(), m[::2].strides, m[::2].c_contiguous)
print(m[3:3].tobytes(), m[100:].tolist(), m[-3:].tobytes(), len(m[::4]))
s[0] = ord("W")
m[::-1][0] = ord("D")
print(ba, s.tobytes())
w = memoryview(bytearray(3))
w[::2] = b"xy"
print(w.tobytes(), w.toreadonly().readonly, memoryview(w).tolist(), memoryview(w[1:]).tobytes())
w[0:2] = w[1:3]
print(w.tobytes(), list(w), 121 in w, bool(memoryview(b"")), bool(w))
r = memoryview(b"abc")
print(r.readonly, hash(r) == hash(b"abc"), r == b"abc", r == bytearray(b"abc"), r == memoryview(b"abc"), r != b"abd", r == "abc")
print(type(r).__name__, isinstance(r, memoryview), repr(r).startswith("<memory at 0x"))
