# bytes methods shared with str
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.split(), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b",".join([b"a", b"b"]), b"a-b-c".partition(b"-"), b"a-b-c".rsplit(b"-", 1), b"x".center(5, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"Title".istitle(), b"abc".islower())
print(b"hello world".title(), b"hello".capitalize(), b"AbC".swapcase(), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"line1\nline2\r\n".splitlines(), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"xxaxx".lstrip(b"x"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b",".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
