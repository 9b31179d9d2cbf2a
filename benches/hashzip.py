# hashlib and zlib (issue 15): sha256 of 1 MiB, zlib round trip of 1 MiB.
import hashlib
import zlib

data = bytes(range(256)) * 4096
text = b''.join(b'line %d of the log with some words\n' % i for i in range(30000))[:1 << 20]
digest = ''
for _ in range(4):
    digest = hashlib.sha256(data).hexdigest()
packed = zlib.compress(text)
back = zlib.decompress(packed)
print(digest, len(text), back == text, hashlib.md5(back).hexdigest())
