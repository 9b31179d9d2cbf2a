# printf-style % formatting with ints and strings
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5d|" % 42, "%-5d|" % 42, "%05d" % 42)
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%+d %+d" % (5, -5), "% d" % 7)
print("%c%c" % (72, "i"), "%%", "%s" % [1, 2], "%s" % (1,), "%(name)s is %(age)d" % {"name": "Al", "age": 30})
print("%.2s" % "abcdef", "%10s|" % "right", "%-10s|" % "left", "%*d" % (6, 3))
print("%i" % -3, "%u" % 7, "%3c|" % "z")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
