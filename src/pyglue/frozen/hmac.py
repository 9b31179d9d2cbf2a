# hmac: RFC 2104 keyed hashing over hashlib, and compare_digest.

import hashlib as _hashlib

digest_size = None


def _ctor(digestmod):
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    if hasattr(digestmod, 'new'):
        return digestmod.new
    return digestmod


class HMAC:
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        ctor = _ctor(digestmod)
        self._outer = ctor()
        self._inner = ctor()
        self.digest_size = self._inner.digest_size
        bs = getattr(self._inner, 'block_size', 64)
        if bs < 16:
            bs = self.blocksize
        self.block_size = bs
        if len(key) > bs:
            key = ctor(key).digest()
        key = bytes(key).ljust(bs, b'\0')
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is '
                            'not supported')
        a = a.encode()
        b = b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    a = memoryview(a).tobytes()
    b = memoryview(b).tobytes()
    result = len(a) ^ len(b)
    if result:
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
