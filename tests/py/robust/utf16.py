# utf-16 and utf-32 (and their -le/-be forms): byte order marks, surrogate pairs, truncated or unpaired data, and the decode error handlers.
text = 'aé€😀'
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'UTF16', 'utf_16le',
            'utf-32', 'utf-32-le', 'utf-32-be', 'utf32'):
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)
print(''.encode('utf-16'), b''.decode('utf-16'), ''.encode('utf-32'))
print(repr(b'\xfe\xff\x00a'.decode('utf-16')))
print(repr(b'\xff\xfea\x00'.decode('utf-16')))
print(repr(b'a\x00'.decode('utf-16')))
print(repr(b'\xff\xfea\x00'.decode('utf-16-le')))
print(repr(b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')))
print(repr(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')))
print(repr(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32-le')))
bad = [
    ('utf-16', b'\xff\xfea'),
    ('utf-16-le', b'a\x00b'),
    ('utf-16-be', b'\x00a\x00'),
    ('utf-16-le', b'\x00\xd8'),
    ('utf-16-le', b'\x00\xd8a\x00b\x00'),
    ('utf-16-le', b'\x00\xdca\x00'),
    ('utf-16-be', b'\xd8\x00\xd8\x00\xdc\x00'),
    ('utf-32', b'a\x00\x00'),
    ('utf-32-le', b'\x00\x00\x11\x00a\x00\x00\x00'),
    ('utf-32-be', b'\x00\x00\xd8\x00'),
    ('utf-32-le', b'a\x00\x00\x00b\x00'),
]
for enc, data in bad:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    for errors in ('replace', 'ignore', 'backslashreplace'):
        print(' ', errors, repr(data.decode(enc, errors)))
try:
    'a'.encode('utf-16', 'bogus') + b'x'.decode('utf-16', 'bogus')
except LookupError as e:
    print('LookupError', e)
print(len('x😀y'.encode('utf-16-le')), 'x😀y'.encode('utf-16-be').decode('utf-16-be'))
