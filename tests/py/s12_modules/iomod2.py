# io: seek/tell/truncate, readline limits, overwrite in the middle, context manager, errors
import io
s = io.StringIO("line1\nline2\nline3")
print(repr(s.readline(3)), repr(s.readline()), s.tell(), s.readlines())
s.seek(0); s.write("LINE"); print(repr(s.getvalue()), s.tell())
s.seek(0, 2); s.write("!"); print(repr(s.getvalue()), s.seek(2), s.truncate(), repr(s.getvalue()))
s.seek(5); s.write("x"); print(repr(s.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed, io.StringIO(None).getvalue() == "", repr(io.StringIO().read()))
b = io.BytesIO()
b.write(b"hello world"); b.seek(6); b.write(b"W"); print(b.getvalue(), b.tell(), b.read(), b.seek(-5, 2), b.read(2))
print(list(io.BytesIO(b"a\nb\n\nc")), io.BytesIO(b"x\ny").readline())
for bad in (lambda: io.StringIO(5), lambda: io.BytesIO().write("s"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(0, 5), lambda: f.read(), lambda: f.getvalue()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# padding a BytesIO past its end (needs bytes * int from the VM)
b.seek(20); b.write(b"!"); print(b.getvalue())
