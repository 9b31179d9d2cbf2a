# Big results that do not fit raise MemoryError, on every path that builds one (case mapping, split, codecs, bytearray and list growth), and the script goes on.
# memory: 4
s = 'ab ' * (1 << 16)
b = s.encode()


def exhaust(make):
    keep = []
    try:
        while True:
            keep.append(make())
    except MemoryError as e:
        keep = None
        return type(e).__name__


print('upper', exhaust(s.upper))
print('split', exhaust(s.split))
print('rsplit', exhaust(lambda: s.rsplit(' ')))
print('encode', exhaust(lambda: s.encode('cp437')))
print('decode', exhaust(lambda: b.decode('latin-1')))


def grow_bytearray():
    chunk = b'x' * 65536
    a = bytearray()
    while True:
        a.extend(chunk)
        a.append(1)
        a.insert(0, 2)


def grow_list():
    a = []
    while True:
        a.insert(len(a), None)


for grow in (grow_bytearray, grow_list):
    try:
        grow()
    except MemoryError:
        print(grow.__name__, 'MemoryError')
print('done')
