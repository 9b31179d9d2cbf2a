# __repr__ and __str__ and how print/str/repr/format/containers use them
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly!"
class StrOnly:
    def __str__(self):
        return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b), "{}".format(b))
print(r, str(r), [r, r], (r,), {"k": r})
print(str(StrOnly()), "[" + str(StrOnly()) + "]")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()))
