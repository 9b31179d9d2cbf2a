# OSError: errno, strerror, filename, subclasses chosen by errno
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e, e.args)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.filename, e)
e = OSError("plain")
print(e.errno, e.strerror, e)
for code in (2, 13, 17, 32, 104, 111, 110, 11, 21):
    print(code, type(OSError(code, "m")).__name__)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
except OSError as e:
    print("OSError", e.errno)
e = FileNotFoundError(2, "gone")
print(e.errno, isinstance(e, OSError))
