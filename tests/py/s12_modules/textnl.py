# Text files' line ends as newline= says ("\n" written as CR LF on DOS, as on Windows), read back
# dos-text: crlf
name = "textnl.tmp"
CHOICES = (None, "", "\n", "\r", "\r\n")
for write_nl in CHOICES:
    with open(name, "w", newline=write_nl) as f:
        print(write_nl and repr(write_nl), f.write("a\nb\r\nc\rd\n"), end=" ")
    with open(name, "rb") as f:
        print(f.read())
    for read_nl in CHOICES:
        with open(name, newline=read_nl) as f:
            print("  ", read_nl and repr(read_nl), f.readlines())
# append, print(file=), r+ and x modes translate too
with open(name, "a") as f:
    print("printed", 1, file=f)
    f.writelines(["w1\n", "w2\n"])
with open(name, "r+") as f:
    f.write("Z\n")
with open(name, "rb") as f:
    print(f.read())
import os
os.remove(name)
with open(name, "x") as f:
    f.write("new\n")
with open(name, "rb") as f:
    print(f.read())
# read(n) counts characters: a CR LF read as "\n" is one, even across the read-ahead's 4096 bytes
with open(name, "w", newline="\r\n") as f:
    f.write("ab\n" * 3000 + "é\n")
with open(name) as f:
    parts = []
    while True:
        part = f.read(7)
        if not part:
            break
        parts.append(part)
print(len(parts), set(len(p) for p in parts), "".join(parts) == "ab\n" * 3000 + "é\n")
with open(name) as f:
    lines = f.readlines()
print(len(lines), sorted(set(lines)))
with open(name, newline="") as f:
    print(sorted(set(f)))
with open(name, "rb") as f:
    print(len(f.read()))
# errors, as CPython reports them
for mode, nl in [("w", "x"), ("wb", ""), ("wb", "x"), ("w", 5), ("q", "x")]:
    try:
        open(name, mode, newline=nl)
        print("opened", mode, repr(nl))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with open(name, "wb", newline=None) as f:
    print(f.write(b"raw\n"))
with open(name, "r", -1, None, None, "\r") as f:
    print(repr(f.read()))
os.remove(name)
