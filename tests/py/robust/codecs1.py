# str.encode / bytes.decode with latin-1, ascii, utf-8 and the DOS code pages cp437/cp850, and the error handlers.
text = 'caf\xe9 \u20ac \u2591\u2592 \xbd \U0001f600'
for enc in ['utf-8', 'latin-1', 'ascii', 'cp437', 'cp850', 'CP437', 'ibm850']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e)
data = bytes(range(0x7c, 0x100, 3)) + b'\xff\xc3'
for enc in ['utf-8', 'latin-1', 'ascii', 'cp437', 'cp850']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError', e)
print(bytes(range(256)).decode('cp437').encode('cp437') == bytes(range(256)))
print(bytes(range(256)).decode('cp850').encode('cp850') == bytes(range(256)))
print('\u2554\u2550\u2557'.encode('cp437'), b'\xc9\xcd\xbb'.decode('cp437'))
try:
    'x'.encode('cp999')
except LookupError as e:
    print('LookupError', e)
