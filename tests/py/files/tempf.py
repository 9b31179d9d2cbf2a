# tempfile: mkdtemp, mkstemp, NamedTemporaryFile (delete or not), TemporaryFile, TemporaryDirectory, SpooledTemporaryFile rollover, gettempdir
import os, tempfile
d = tempfile.mkdtemp(dir=".", prefix="t")
print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith("t"))
fd, p = tempfile.mkstemp(suffix=".dat", dir=d); os.write(fd, b"abc"); os.close(fd)
print(open(p, "rb").read(), p.endswith(".dat"), os.path.dirname(p) == d)
with tempfile.NamedTemporaryFile(dir=d) as f:
    f.write(b"xyz"); f.seek(0); print(f.read(), os.path.exists(f.name))
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile("w+", dir=d, delete=False, suffix=".txt") as f:
    f.write("text"); name = f.name
print(open(name).read()); os.remove(name)
with tempfile.TemporaryFile(dir=d) as f:
    f.write(b"1234"); f.seek(1); print(f.read(2))
with tempfile.TemporaryDirectory(dir=d) as td:
    open(os.path.join(td, "x.txt"), "w").close(); os.mkdir(os.path.join(td, "sub")); print(sorted(n.lower() for n in os.listdir(td)))
print(os.path.exists(td))
with tempfile.SpooledTemporaryFile(max_size=10, dir=d) as s:
    s.write(b"abc"); print(s._rolled); s.write(b"x" * 20); print(s._rolled); s.seek(0); print(s.read(5))
os.remove(p); os.rmdir(d)
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
print(len(os.path.basename(tempfile.mktemp(dir="."))) <= (8 if os.name == "nt" else 11))
