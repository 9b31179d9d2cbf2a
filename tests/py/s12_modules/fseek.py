# File positions: seek/tell in binary and text mode, writes after reads (r+), readable/writable
# dos-text: crlf
name = "fseek.tmp"
with open(name, "wb") as f:
    f.write(b"0123456789")
    print(f.tell(), f.seek(2), f.tell(), f.write(b"ab"), f.tell())
    print(f.seek(-3, 2), f.write(b"XYZ"), f.seek(0, 1))
    print(f.readable(), f.writable(), f.seekable())
with open(name, "rb") as f:
    print(f.read(3), f.tell(), f.seek(1, 1), f.read(2), f.tell(), f.read(), f.tell())
    print(f.seek(0), f.read(1), f.seek(100), f.read(), f.tell())
    print(f.readable(), f.writable())
with open(name, "r+b") as f:
    print(f.read(4), f.write(b"--"), f.tell())
    f.seek(0)
    print(f.read())
with open(name, "w") as f:
    f.write("one\ntwo\nthree\n")
    end = f.tell()
with open(name) as f:
    first = f.readline()
    mark = f.tell()
    rest = f.read()
    f.seek(mark)
    print(repr(first), repr(rest), f.readline() == "two\n", f.tell() == end - 6, f.seek(0, 2) == end)
with open(name, "r+") as f:
    print(repr(f.readline()))
    f.write("2\n")
with open(name) as f:
    print(f.readlines())
with open(name, "rb") as f:
    print(f.read())
for args in [(-1,), (-100, 1), (-100, 2), ("x",)]:
    try:
        with open(name, "rb") as f:
            f.seek(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
with open(name) as f:
    try:
        f.seek(-1)
    except ValueError as e:
        print(type(e).__name__, e)
import os
os.remove(name)
