# hashlib: every algorithm's digest, update in pieces, copy, new(), blake2 params, errors
import hashlib
data = b"The quick brown fox jumps over the lazy dog"
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s']:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    g = hashlib.new(name.upper() if name == 'sha256' else name)
    g.update(data[:10])
    c = g.copy()
    g.update(data[10:])
    c.update(b"other")
    print(g.digest() == h.digest(), c.hexdigest() == h.hexdigest(), type(g.digest()).__name__)
print(hashlib.sha256().hexdigest())
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.md5(memoryview(b"abc")).hexdigest())
big = bytes(range(256)) * 1000
h = hashlib.sha1()
for i in range(0, len(big), 777):
    h.update(big[i:i + 777])
print(h.hexdigest() == hashlib.sha1(big).hexdigest(), h.hexdigest())
print(hashlib.blake2b(b"x", digest_size=20).hexdigest())
print(hashlib.blake2b(b"x", key=b"secret", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(b"x", digest_size=16, key=b"k" * 32).hexdigest())
print(hashlib.blake2b(b"a" * 300, key=b"k").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'blake2b'}))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 10).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'NaCl', 3, dklen=30).hex())
import io
print(hashlib.file_digest(io.BytesIO(data), 'md5').hexdigest())
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.md5().update("x"),
            lambda: hashlib.new('nope'), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.blake2b(salt=b"s" * 17),
            lambda: hashlib.sha1(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
