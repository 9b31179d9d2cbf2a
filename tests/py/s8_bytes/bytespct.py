# %-formatting of bytes
print(b"%d-%s" % (5, b"x"), b"%5d|" % 42, b"%x" % 255, b"%c" % 65, b"%c" % b"z", b"%%", b"%r" % b"q", b"%b" % b"bin")
print(b"%(a)s" % {b"a": b"mapped"}, b"%-4s|" % b"ab", b"%05.1f" % 2.25)
for fmt, arg in ((b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%s %s", (b"a",))):
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
