# zlib: round trips (zlib, raw, gzip, auto), levels, streaming objects, checksums, errors
import zlib
data = b"".join(b"line %d: the quick brown fox\n" % i for i in range(2000))
for wbits in (15, 9, -15, 31):
    for level in (-1, 0, 1, 9):
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits)
        print(wbits, level, back == data, len(c) < len(data) or level == 0)
print(zlib.decompress(zlib.compress(data), 47) == data, zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.compress(b"", wbits=31)[:10])
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"x")))
# streaming compress in pieces, flush modes
co = zlib.compressobj(6, zlib.DEFLATED, 31)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
blob = b"".join(parts)
print(zlib.decompress(blob, 31) == data + b"tail")
# streaming decompress byte by byte, with unused data
small = data[:3000]
z = zlib.compress(small) + b"EXTRA"
do = zlib.decompressobj()
out = b"".join(do.decompress(z[i:i + 7]) for i in range(0, len(z), 7))
print(out == small, do.eof, do.unused_data, do.unconsumed_tail)
# gzip framing in tiny pieces
g = zlib.compress(small, 9, 31) + b"more"
do = zlib.decompressobj(31)
out = b"".join(do.decompress(g[i:i + 3]) for i in range(0, len(g), 3))
print(out == small, do.eof, do.unused_data)
# max_length and unconsumed_tail
do = zlib.decompressobj()
first = do.decompress(zlib.compress(data), 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == data, do.eof)
do = zlib.decompressobj()
part = do.decompress(zlib.compress(data), 50)
print(part + do.flush() == data)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"), zlib.adler32(b""))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE)
bad = zlib.compress(b"hello world")
corrupt = bad[:-4] + bytes([bad[-4] ^ 1]) + bad[-3:]
gz = zlib.compress(b"hello", wbits=31)
tests = [lambda: zlib.decompress(b"abc"), lambda: zlib.decompress(bad[:-3]),
         lambda: zlib.decompress(corrupt), lambda: zlib.decompress(b"\x79\x9c"),
         lambda: zlib.decompress(gz[:-2] + b"xx", 31), lambda: zlib.decompress(gz[:-1] + b"x", 31),
         lambda: zlib.decompress(b"\x1f\x8c\x08", 31),
         lambda: zlib.compress(b"x", 10), lambda: zlib.compressobj(10), lambda: zlib.compress("s"),
         lambda: zlib.decompress(b"x", wbits=99), lambda: zlib.decompressobj(wbits=99),
         lambda: zlib.decompressobj().decompress(b"", -1)]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(zlib.error, Exception))
