# memoryview.cast: formats B b c H h I i Q q f d ?, items, tolist, slicing, writes, errors
buf = bytearray(range(1, 17))
m = memoryview(buf)
for code in "BbcHhIiQqfd?":
    v = m.cast(code)
    print(code, v.format, v.itemsize, len(v), v.nbytes, v.shape, v.strides, v[0], v[-1])
    print("  ", v.tolist()[:4], v[1:3].tolist(), v[::2].tolist()[:2], v.tobytes() == bytes(buf))
print(m.cast("@H").format, m.cast("@H")[0])
signed = memoryview(bytearray([0xff, 0xfe, 0x80, 0x7f, 0, 0, 0, 0x80]))
print(signed.cast("b").tolist(), signed.cast("h").tolist(), signed.cast("i").tolist(), signed.cast("q").tolist())
print(signed.cast("B").tolist(), signed.cast("H").tolist(), signed.cast("I").tolist(), signed.cast("Q").tolist())

# writes through a cast view change the bytearray
h = m.cast("H")
h[0] = 0x4142
h[-1] = 65535
h[1:3] = memoryview(bytes(4)).cast("H")
print(buf[:8], buf[-2:], h[0], h.tolist())
q = m.cast("q")
q[1] = -2
print(buf[8:], q.tolist())
d = m.cast("d")
d[0] = 1.5
d[1] = 3
print(d.tolist(), m.cast("f")[0:2].tolist())
c = m.cast("c")
c[0] = b"Z"
print(c[0], c[:3].tolist(), bytes(c[:3]))
flags = memoryview(bytearray(3)).cast("?")
flags[1] = "yes"
print(flags.tolist(), bytes(flags.obj))
# back to bytes, comparisons, hashing
print(h.cast("B").tolist()[:4], h.cast("c").format, len(h.cast("b")))
print(m.cast("H") == m.cast("H"), m.cast("H") == m, m.cast("c") == m, m.cast("B") == m, m.cast("b") == bytes(buf))
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("I"))
ro = memoryview(bytes(range(4)))
print(hash(ro.cast("b")) == hash(ro.cast("b")), ro.cast("H").readonly, ro.cast("I").toreadonly().format)
print(memoryview(h).format, memoryview(h)[0])
with memoryview(b"abcd").cast("H") as w:
    print(w.tolist(), w.obj)
print(m.cast("H", [8]).shape, m.cast("B", shape=(16,)).tolist()[:3])

errors = [
    lambda: m.cast(5), lambda: m.cast("x"), lambda: m.cast("<H"), lambda: m.cast("HH"),
    lambda: m[::2].cast("H"), lambda: m.cast("H").cast("I"), lambda: m[:3].cast("H"),
    lambda: m.cast("H", [3]), lambda: m.cast("H", shape=5), lambda: hash(ro.cast("H")),
    lambda: h.__setitem__(0, 70000), lambda: h.__setitem__(0, "a"), lambda: h.__setitem__(0, -1),
    lambda: h.__setitem__(0, 1.0), lambda: h.__setitem__(slice(0, 1), b"ab"),
    lambda: m.cast("c").__setitem__(0, b"zz"), lambda: m.cast("c").__setitem__(0, 5),
    lambda: m.cast("b").__setitem__(0, 200), lambda: m.cast("d").__setitem__(0, "x"),
    lambda: m.cast("Q").__setitem__(0, 2**64), lambda: m.cast("q").__setitem__(0, 1.5),
    lambda: ro.cast("H").__setitem__(0, 1), lambda: h[8], lambda: m.cast(),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
