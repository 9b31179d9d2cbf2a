# base64: b64 (standard, urlsafe, altchars, validate), b32, b32hex, b16, a85, b85, encodebytes, errors
import base64, binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    print(base64.b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b85encode(data), base64.a85encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"*!"))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm9vYg=="), base64.standard_b64decode("YQ=="), base64.b32hexencode(b"hello"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"), base64.b16decode("666f6f", casefold=True))
print(base64.a85encode(b"\0\0\0\0    x", foldspaces=True), base64.a85encode(b"hello world", adobe=True), base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.b85encode(b"ab", pad=True))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"))
for bad in [lambda: base64.b64decode("Zm9"), lambda: base64.b64decode("Zm9v$", validate=True), lambda: base64.b32decode("MZXW6"),
            lambda: base64.b32decode("MZXW6!=="), lambda: base64.b16decode("6g"), lambda: base64.b64encode("text"),
            lambda: base64.b85decode(b"|Ns\x00"), lambda: base64.b64decode("é")]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
