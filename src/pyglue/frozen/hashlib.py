# hashlib: the HASH objects and constructors over the native running hashes
# (src/pyglue/hashlib.rs: _new, _update, _digest, _copy).

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'blake2b': (64, 128),
    'blake2s': (32, 64),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _data(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    try:
        return memoryview(data)
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None


class HASH:
    def __init__(self, name, state, digest_size):
        self.name = name
        self._state = state
        self.digest_size = digest_size
        self.block_size = _SIZES[name][1]

    def update(self, data):
        _update(self._state, _data(data))

    def digest(self):
        return _digest(self._state)

    def hexdigest(self):
        return _digest(self._state).hex()

    def copy(self):
        return HASH(self.name, _copy(self._state), self.digest_size)

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def _make(name, data, digest_size=None, key=b'', salt=b'', person=b''):
    size = _SIZES[name][0] if digest_size is None else digest_size
    h = HASH(name, _new(name, size, key, salt, person), size)
    if data is not None:
        h.update(data)
    return h


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s'
                        % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    kwargs.pop('usedforsecurity', None)
    if key.startswith('blake2'):
        return _BLAKE[key](data, **kwargs)
    return _make(key, data)


def md5(data=b'', *, usedforsecurity=True):
    return _make('md5', data)


def sha1(data=b'', *, usedforsecurity=True):
    return _make('sha1', data)


def sha224(data=b'', *, usedforsecurity=True):
    return _make('sha224', data)


def sha256(data=b'', *, usedforsecurity=True):
    return _make('sha256', data)


def sha384(data=b'', *, usedforsecurity=True):
    return _make('sha384', data)


def sha512(data=b'', *, usedforsecurity=True):
    return _make('sha512', data)


def blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
            fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
            inner_size=0, last_node=False, usedforsecurity=True):
    return _make('blake2b', data, digest_size, key, salt, person)


def blake2s(data=b'', *, digest_size=32, key=b'', salt=b'', person=b'',
            fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
            inner_size=0, last_node=False, usedforsecurity=True):
    return _make('blake2s', data, digest_size, key, salt, person)


_BLAKE = {'blake2b': blake2b, 'blake2s': blake2s}


def file_digest(fileobj, digest, /, *, _bufsize=2**16):
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readable') and hasattr(fileobj, 'read')):
        raise ValueError("'%s' object is not a readable binary file"
                         % type(fileobj).__name__)
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    prf = hmac.new(password, None, hash_name)
    if dklen is None:
        dklen = prf.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = b''
    block = 1
    while len(out) < dklen:
        h = prf.copy()
        h.update(salt + block.to_bytes(4, 'big'))
        u = h.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            h = prf.copy()
            h.update(u)
            u = h.digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return out[:dklen]
