# os.path helpers that behave the same on every platform for relative names
import os
p = os.path.join("dir", "sub", "file.txt")
print(os.path.basename(p), os.path.splitext(p)[1], os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.split(p)[1], os.path.dirname(p) == os.path.join("dir", "sub"), os.path.isabs(p))
print(os.path.exists("ospath.py"), os.path.isfile("ospath.py"), os.path.isdir("ospath.py"), os.path.exists("nope.txt"))
print(os.path.getsize("ospath.py") > 100, os.path.isdir("."), "ospath.py" in os.listdir("."), os.path.normpath(os.path.join("a", ".", "b", "..", "c")) == os.path.join("a", "c"))
