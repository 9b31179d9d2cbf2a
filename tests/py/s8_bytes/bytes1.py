# bytes literals, indexing, slicing, repr and conversions
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]), type(b[0]).__name__)
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), b"a" + b"b", b"ab" * 2, b"x" in b"xyz", 120 in b"xyz")
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", b"abc" != "abc")
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("s"), lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes(-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
