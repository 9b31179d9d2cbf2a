# strip, padding and alignment methods
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.py".removesuffix(".py"), "prefix_x".removeprefix("prefix_"))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("abcdef".center(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)))
try:
    "ab".center(5, "xy")
except TypeError as e:
    print(type(e).__name__, e)
