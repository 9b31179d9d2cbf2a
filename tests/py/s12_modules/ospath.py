# os.path string functions (posix rules on the host; the DOS run uses its own test) and os basics
import os
import os.path
p = os.path
for a in ["a//b/../c/.", "", "/..", "//a", "///a/b", "a/b/", "./x", "../../y"]:
    print(repr(a), p.normpath(a), p.split(a), p.basename(a), p.dirname(a), p.isabs(a))
for a in [".bashrc", "a/b.c.d", "a.b/c", "x..", "...", "f.tar.gz", "d/.hidden.txt"]:
    print(repr(a), p.splitext(a))
print(p.join("/a", "/b", "c"), p.join("a", ""), p.join("a", "b", "c"), p.join("", "x"), p.dirname("/a"), p.split("/"))
print(p.abspath("x") == p.join(os.getcwd(), "x"), p.abspath("/a/./b/../c"), p.isabs(p.abspath(".")))
print(p.exists("ospath.py"), p.isfile("ospath.py"), p.isdir("ospath.py"), p.isdir("."), p.exists("no_such"), p.getsize("ospath.py") > 100)
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.altsep)
print(os.environ.get("MPYDOS_NO_SUCH_VAR"), os.getenv("MPYDOS_NO_SUCH_VAR"), os.getenv("MPYDOS_NO_SUCH_VAR", "dflt"))
os.environ["MPYDOS_TEST_VAR"] = "v1"
print(os.getenv("MPYDOS_TEST_VAR"))
st = os.stat("ospath.py")
print(st.st_size == p.getsize("ospath.py"), st[6] == st.st_size, st.st_mode & 0o170000 == 0o100000, os.stat(".").st_mode & 0o170000 == 0o040000, isinstance(st.st_mtime, float))
for bad in (lambda: p.join("a", 1), lambda: os.stat(1.5), lambda: os.getenv(1), lambda: os.listdir(1.5), lambda: os.chdir(1.5), lambda: os.mkdir(1.5), lambda: os.stat("no_such")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
