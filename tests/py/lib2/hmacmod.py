# hmac: new/update/digest/hexdigest/copy, long keys, digest(), compare_digest
import hmac, hashlib
h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b"key", b"msg", 'md5').hexdigest())
print(hmac.new(b"k" * 200, b"msg", 'sha512').hexdigest())
g = hmac.new(b"key", digestmod='sha1')
g.update(b"part1")
c = g.copy()
g.update(b"part2")
print(g.hexdigest() == hmac.new(b"key", b"part1part2", 'sha1').hexdigest(), c.hexdigest())
print(hmac.digest(b"key", b"msg", 'sha256').hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"ab", bytearray(b"abc")))
for bad in [lambda: hmac.new(b"k"), lambda: hmac.new("k", b"m", 'md5'),
            lambda: hmac.compare_digest("a", b"a")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
