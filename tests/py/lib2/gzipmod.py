# gzip: compress/decompress, multiple members, open() to write and read back (binary and text)
import gzip, os
data = b"gzip data " * 500
c = gzip.compress(data)
print(c[:3], gzip.decompress(c) == data)
print(gzip.decompress(c + gzip.compress(b"second")) == data + b"second")
with gzip.open("gzt.gz", "wb") as f:
    f.write(b"hello ")
    f.write(b"gzip file\n" * 3)
with open("gzt.gz", "rb") as f:
    raw = f.read()
print(raw[:2], gzip.decompress(raw))
with gzip.open("gzt.gz") as f:
    print(f.readline(), f.read())
with gzip.open("gzt.gz", "wt") as f:
    f.write("text mode\nsecond line\n")
with gzip.open("gzt.gz", "rt") as f:
    print(f.read().splitlines())
os.remove("gzt.gz")
for bad in [lambda: gzip.decompress(b"not gzip data"), lambda: gzip.decompress(c[:-10])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
