# io: StringIO and BytesIO
import io
s = io.StringIO()
s.write("hello\n")
print("world", file=s)
print(repr(s.getvalue()), s.tell())
r = io.StringIO("a\nb\nc")
print(r.readline(), r.read(1), repr(r.read()), repr(r.read()), list(io.StringIO("x\ny\n")))
r.seek(0)
print(r.readlines())
b = io.BytesIO(b"\x00\x01binary")
print(b.read(2), b.read(), b.getvalue(), b.seek(0), b.read(3))
w = io.BytesIO()
w.write(b"abc"); w.write(bytearray(b"def"))
print(w.getvalue(), w.tell())
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
s.close()
try:
    s.write("x")
except ValueError as e:
    print(type(e).__name__, e)
