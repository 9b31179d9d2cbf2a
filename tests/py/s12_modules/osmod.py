# os: files and directories relative to the current directory
import os
base = "osmodtmp"
if os.path.exists(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("hello")
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "b.txt"))
print(sorted(os.listdir(base)), os.path.exists(os.path.join(base, "b.txt")), os.path.isdir(base), os.path.isfile(base))
print(os.stat(os.path.join(base, "b.txt")).st_size, os.path.join("x", "y", "z.py") in ("x/y/z.py", "x\\y\\z.py"))
cwd = os.getcwd()
os.chdir(base)
print(os.listdir("."), os.path.exists("b.txt"))
os.chdir(cwd)
for bad in (lambda: os.mkdir(base), lambda: os.remove("nofile.txt"), lambda: os.rmdir("nodir"), lambda: os.listdir("nodir")):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno)
os.remove(os.path.join(base, "b.txt"))
os.rmdir(base)
print(os.path.exists(base), os.path.basename("d/f.py"), os.path.dirname("d/f.py"), os.path.splitext("f.tar.gz"), os.sep in "/\\")
