# A file object nobody closed is closed when freed: 300 open().write()
# calls need no more than one DOS handle, and the size is on disk.
import os
for i in range(300):
    open("fh_test.txt", "w").write("x" * i)
print(os.stat("fh_test.txt").st_size)
f = open("fh_test.txt"); g = f
del f
print(g.read()[:3], g.closed)
os.remove("fh_test.txt")
