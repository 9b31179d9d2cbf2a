# str.encode / bytes.decode with utf-8 and ascii, error handlers
s = "héllo ☃"
b = s.encode()
print(b, len(b), b.decode(), s.encode("utf-8") == b, "abc".encode("ascii"), b.decode("utf-8") == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(s.encode("latin-1", "replace"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"abc"))
