# open(): text and binary modes, iteration by lines, append, errors
# dos-text: crlf
name = "openf.tmp"
with open(name, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
print(n)
with open(name) as f:
    print([line for line in f])
with open(name) as f:
    print(repr(f.readline()), repr(f.read(4)), repr(f.read()))
with open(name, "a") as f:
    f.write("\nappended\n")
with open(name, "r") as f:
    print(f.readlines())
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8])
with open(name, "wb") as f:
    f.write(bytes(range(5)))
with open(name, "rb") as f:
    print(f.read(2), f.read(), f.read())
f = open(name)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    open(name, "rq")
except ValueError as e:
    print(type(e).__name__, e)
import os
os.remove(name)
