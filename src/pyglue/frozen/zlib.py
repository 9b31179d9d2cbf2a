# zlib: Compress/Decompress objects, the one-shot functions and the gzip
# framing (RFC 1952) over the native deflate/inflate streams
# (src/pyglue/zlib.rs: _deflater, _deflate, _inflater, _inflate).

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'

_GZIP_HEAD = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03'


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _compress_format(wbits):
    if 9 <= wbits <= 15:
        return 'zlib'
    if -15 <= wbits <= -9:
        return 'raw'
    if 25 <= wbits <= 31:
        return 'gzip'
    return None


def _decompress_format(wbits):
    if wbits == 0 or 8 <= wbits <= 15:
        return 'zlib'
    if -15 <= wbits <= -8:
        return 'raw'
    if 24 <= wbits <= 31:
        return 'gzip'
    if 40 <= wbits <= 47:
        return 'auto'
    return None


def _data_error(what, code=-3):
    return error('Error %d while decompressing data: %s' % (code, what))


def _gzip_header_len(h):
    """The length of the gzip header at the start of h, or None if h ends
    inside it."""
    if len(h) < 10:
        if h[:2] != b'\x1f\x8b'[:len(h)]:
            raise _data_error('incorrect header check')
        return None
    if h[:2] != b'\x1f\x8b':
        raise _data_error('incorrect header check')
    if h[2] != 8:
        raise _data_error('unknown compression method')
    flags = h[3]
    n = 10
    if flags & 4:
        if len(h) < n + 2:
            return None
        n += 2 + h[n] + 256 * h[n + 1]
    for bit in (8, 16):
        if flags & bit:
            end = h.find(b'\0', n)
            if end < 0:
                return None
            n = end + 1
    if flags & 2:
        n += 2
    return n if len(h) >= n else None


class Compress:
    def __init__(self, level=-1, method=DEFLATED, wbits=MAX_WBITS,
                 memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY,
                 zdict=None):
        kind = _compress_format(wbits)
        if (kind is None or method != DEFLATED or not -1 <= level <= 9
                or not 1 <= memLevel <= 9):
            raise ValueError('Invalid initialization option')
        self._state = _deflater(level, kind == 'zlib', strategy)
        self._gzip = kind == 'gzip'
        self._head = _GZIP_HEAD if self._gzip else b''
        self._crc = 0
        self._size = 0

    def _out(self, body):
        out = self._head + body
        self._head = b''
        return out

    def compress(self, data):
        data = _bytes(data)
        if self._gzip:
            self._crc = crc32(data, self._crc)
            self._size += len(data)
        return self._out(_deflate(self._state, data, Z_NO_FLUSH))

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        out = self._out(_deflate(self._state, b'', mode))
        if mode == Z_FINISH and self._gzip:
            out += (self._crc.to_bytes(4, 'little')
                    + (self._size & 0xFFFFFFFF).to_bytes(4, 'little'))
        return out


class Decompress:
    def __init__(self, wbits=MAX_WBITS, zdict=b''):
        kind = _decompress_format(wbits)
        if kind is None:
            raise ValueError('Invalid initialization option')
        self._kind = kind
        self._state = _inflater(False) if kind == 'raw' else None
        self._head = b''
        self._trailer = None
        self._in_trailer = False
        self._crc = 0
        self._size = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _start(self, data):
        """Read the zlib or gzip header; the data left for the inflater,
        or None while the header is incomplete."""
        h = self._head + data
        kind = self._kind
        if kind == 'auto' and len(h) >= 2:
            kind = 'gzip' if h[:2] == b'\x1f\x8b' else 'zlib'
        if kind == 'zlib' or kind == 'auto':
            if len(h) < 2:
                self._head = h
                return None
            if (h[0] * 256 + h[1]) % 31:
                raise _data_error('incorrect header check')
            if h[0] & 15 != 8:
                raise _data_error('unknown compression method')
            self._state = _inflater(True)
            self._head = b''
            return h
        n = _gzip_header_len(h)
        if n is None:
            self._head = h
            return None
        self._head = b''
        self._trailer = b''
        self._state = _inflater(False)
        return h[n:]

    def _end_gzip(self, rest):
        self._trailer += rest
        t = self._trailer
        if len(t) < 8:
            return
        if int.from_bytes(t[:4], 'little') != self._crc:
            raise _data_error('incorrect data check')
        if int.from_bytes(t[4:8], 'little') != self._size & 0xFFFFFFFF:
            raise _data_error('incorrect length check')
        self.eof = True
        self.unused_data = t[8:]

    def decompress(self, data, max_length=0):
        data = _bytes(data)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if self.eof:
            self.unused_data += data
            return b''
        if self._state is None:
            data = self._start(data)
            if data is None:
                return b''
        if self._in_trailer:
            self._end_gzip(data)
            return b''
        out, used, end = _inflate(self._state, data, max_length)
        rest = data[used:]
        if self._trailer is not None:
            self._crc = crc32(out, self._crc)
            self._size += len(out)
        if end:
            self.unconsumed_tail = b''
            if self._trailer is None:
                self.eof = True
                self.unused_data = rest
            else:
                self._in_trailer = True
                self._end_gzip(rest)
        else:
            self.unconsumed_tail = rest
        return out

    def flush(self, length=DEF_BUF_SIZE):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        if self.eof or self._state is None or self._in_trailer:
            return b''
        tail = self.unconsumed_tail
        self.unconsumed_tail = b''
        return self.decompress(tail)


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY,
                zdict=None):
    return Compress(level, method, wbits, memLevel, strategy, zdict)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return Decompress(wbits, zdict)


def compress(data, /, level=-1, wbits=MAX_WBITS):
    data = _bytes(data)
    if _compress_format(wbits) is None or not -1 <= level <= 9:
        raise error('Bad compression level')
    c = Compress(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _bytes(data)
    if _decompress_format(wbits) is None:
        raise error('Error -2 while preparing to decompress data: '
                    'inconsistent stream state')
    d = Decompress(wbits)
    out = d.decompress(data)
    if not d.eof:
        raise _data_error('incomplete or truncated stream', -5)
    return out
