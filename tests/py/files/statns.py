# os.stat times: st_*time_ns (ints) and st_*time (floats) agree, and
# follow os.utime (whole, even seconds: DOS keeps 2-second steps)
import os

p = "statns.tmp"
with open(p, "w") as f:
    f.write("x")
os.utime(p, (1700000000, 1700000000))
st = os.stat(p)
print(st.st_mtime_ns, st.st_mtime, type(st.st_mtime_ns).__name__, st[8], st.st_size)
os.utime(p, ns=(1600000000 * 10 ** 9, 1600000002 * 10 ** 9))
st = os.stat(p)
print(st.st_mtime_ns, st.st_mtime, st.st_mtime_ns // 10 ** 9 == int(st.st_mtime), os.path.getmtime(p))
for name in ("atime", "mtime", "ctime"):
    s, ns = getattr(st, "st_" + name), getattr(st, "st_" + name + "_ns")
    print(name, type(s).__name__, type(ns).__name__, abs(s - ns / 1e9) < 1e-6, ns > 10 ** 18)
os.remove(p)
