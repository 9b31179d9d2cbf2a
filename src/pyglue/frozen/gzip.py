# gzip: compress/decompress (members back to back) and open/GzipFile over
# zlib's gzip framing (wbits 31).

import zlib
import io

_open = open

READ, WRITE = 1, 2


class BadGzipFile(OSError):
    pass


def compress(data, compresslevel=9, *, mtime=None):
    return zlib.compress(data, compresslevel, 31)


def decompress(data):
    data = bytes(data)
    out = []
    while data:
        d = zlib.decompressobj(31)
        try:
            out.append(d.decompress(data))
        except zlib.error as e:
            if str(e).endswith('incorrect header check'):
                raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
            raise
        if not d.eof:
            raise EOFError('Compressed file ended before the '
                           'end-of-stream marker was reached')
        data = d.unused_data.lstrip(b'\0')
    return b''.join(out)


class GzipFile:
    def __init__(self, filename=None, mode=None, compresslevel=9,
                 fileobj=None, mtime=None):
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = _open(filename, mode or 'rb')
            self._own = True
        else:
            self._own = False
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename if filename is not None else getattr(fileobj, 'name', '')
        self.mode = READ if mode.startswith('r') else WRITE
        self.fileobj = fileobj
        self._z = zlib.compressobj(compresslevel, zlib.DEFLATED, 31)
        self._data = None

    def write(self, data):
        if self.mode != WRITE:
            raise OSError(9, 'write() on read-only GzipFile object')
        data = bytes(data)
        self.fileobj.write(self._z.compress(data))
        return len(data)

    def _all(self):
        if self._data is None:
            self._data = io.BytesIO(decompress(self.fileobj.read()))
        return self._data

    def read(self, size=-1):
        if self.mode != READ:
            raise OSError(9, 'read() on write-only GzipFile object')
        return self._all().read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        return self._all().readline(size)

    def __iter__(self):
        return iter(self._all())

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return False

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        f = self.fileobj
        if f is None:
            return
        if self.mode == WRITE:
            f.write(self._z.flush())
        self.fileobj = None
        if self._own:
            f.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None,
         newline=None):
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary = GzipFile(filename, gz_mode, compresslevel)
    else:
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    if 't' in mode:
        return _Text(binary, encoding or 'utf-8', errors or 'strict')
    return binary


class _Text:
    """A gzip file in text mode: str in, str out, UTF-8 by default."""

    def __init__(self, binary, encoding, errors):
        self.buffer = binary
        self._enc = (encoding, errors)
        self._text = None

    def write(self, s):
        self.buffer.write(s.encode(*self._enc))
        return len(s)

    def _all(self):
        if self._text is None:
            self._text = io.StringIO(self.buffer.read().decode(*self._enc))
        return self._text

    def read(self, size=-1):
        return self._all().read(size)

    def readline(self, size=-1):
        return self._all().readline(size)

    def __iter__(self):
        return iter(self._all())

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
