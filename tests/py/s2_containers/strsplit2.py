# split/rsplit edge cases: maxsplit, None separators, leading/trailing separators
s = "  a  b  c  "
print(s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(maxsplit=0), s.rsplit(maxsplit=1))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".rsplit(",", 0), ",a,".split(","), "abc".split("c"))
print("a\tb\nc\x0bd\x0ce\rf".split(), "x".split("x"), "xx".split("x"), "axbxc".split(sep="x", maxsplit=1))
print("1.2.3".rsplit(".", 1)[0], "k=v=w".split("=", 1), "".rsplit(), "   ".split(" "))
try:
    "a".split(None, "1")
except TypeError as e:
    print(type(e).__name__, e)
