# frozen modules load from the program file (on DOS the end of MPYDOS.EXE,
# found by its full path): an import after a chdir works, on a 4 MB PC
# memory: 3
import os
base = "frozchd"
if os.path.isdir(base):
    os.rmdir(base)
os.mkdir(base)
os.chdir(base)
import textwrap
import heapq
import bisect
print(textwrap.shorten("the quick brown fox jumps over", 16))
print(heapq.nsmallest(2, [5, 1, 3]), bisect.bisect([1, 2, 4], 3))
os.chdir("..")
os.rmdir(base)
print(os.path.exists(base))
