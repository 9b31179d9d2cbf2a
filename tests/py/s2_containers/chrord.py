# chr/ord round trips and errors
print([ord(c) for c in "AZaz09 ~"], "".join(chr(i) for i in range(65, 71)))
print(chr(0x1F600) == "\U0001F600", ord(chr(0x10FFFF)), len(chr(0x10000)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
