b = b'  Hello World, hello bytes  '
print(b.upper(), b.lower(), b.swapcase(), b.strip().capitalize(), b.title())
print(b.find(b'llo'), b.rfind(b'llo'), b.find(108), b.count(b'l'), b.count(b''), b.index(b'W'), b.rindex(b'o'))
print(b.find(b'x'), b.find(b'l', 5, 10), b.count(b'l', -10))
print(b.startswith(b'  H'), b.endswith((b'x', b'  ')), b.startswith(b'H', 2))
print(b.split(), b.split(b'l'), b.split(b'l', 2), b.rsplit(None, 1), b.rsplit(b'l', 2), b.split(maxsplit=1))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b''.splitlines())
print(b.strip(), b.lstrip(), b.rstrip(), b'xxhixx'.strip(b'x'))
print(b', '.join([b'a', b'b', b'c']), b''.join([]))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2))
print(b.partition(b'o'), b.rpartition(b'o'), b.partition(b'zz'), b.rpartition(b'zz'))
print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b'AB1'.isupper(), b'ab1'.islower(), b''.isdigit(), b'\x80'.isascii())
print(b'ab'.center(7, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'-42'.zfill(6), b'42'.zfill(1), b'abc'.center(6))
print(b'\x01\xffab'.hex(), b'\x01\xffab'.hex(':'), b'\x01\xffab'.hex('-', 2), bytes.fromhex('01 ff 41'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'abc'.decode('ascii'), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode(errors='ignore'))
print(b'ab' in b'cabd', 97 in b'abc', 120 in b'abc', b'ab' + b'cd', b'ab' * 3, 2 * b'x')
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'h€'.encode('ascii', errors='ignore'))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes('hé', 'utf-8'), bytes(b'xy'), bytes((x for x in [1, 2])))
for bad in [lambda: b'\xff'.decode(), lambda: b'a\xe4'.decode(), lambda: b'\xe4\xb8x'.decode(), lambda: b'\x80'.decode('ascii'),
            lambda: b'x'.decode('nope'), lambda: 'é'.encode('ascii'), lambda: 'aé€'.encode('latin-1'), lambda: bytes('x'),
            lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(['a']), lambda: bytes(1.5), lambda: bytes(3, 'utf-8'),
            lambda: b'a'.find('a'), lambda: b'a'.split(b''), lambda: b'a'.join(['x']), lambda: b'a'.startswith('a'),
            lambda: b'a'.index(b'z'), lambda: b'a'.center(3, b'ab'), lambda: bytes.fromhex('0g'), lambda: b'a'.find(300),
            lambda: 'x' in b'abc', lambda: b'\xff'.decode('utf-8', 'bogus')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"Hello World".istitle(), b"HeLLo".istitle(), b"".istitle(), b"A1 B".istitle(), b"a\tbc\td\n\tx".expandtabs(), b"a\tb".expandtabs(0), b"x%sy%d%c%r" % (b"ab", 5, 65, "q"))
