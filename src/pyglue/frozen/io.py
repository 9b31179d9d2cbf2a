# The io module's in-memory streams, StringIO and BytesIO, in Python: they
# are thin wrappers over a str/bytes buffer and a position, as CPython's.


class UnsupportedOperation(OSError, ValueError):
    pass


class _Memory:
    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = len(self._buf) + pos
        elif whence != 0:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % whence)
        if pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        self._pos = pos
        return pos

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else self._pos + size
        data = self._buf[self._pos:end]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check()
        end = self._line_end()
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos += len(data)
        return data

    def readlines(self, hint=-1):
        return list(self)

    def write(self, data):
        self._check()
        data = self._accept(data)
        n = len(data)
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._empty * (self._pos - len(buf))
        self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory):
    _empty = "\x00"

    def _line_end(self):
        nl = self._buf.find("\n", self._pos)
        return len(self._buf) if nl < 0 else nl + 1

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        _Memory.__init__(self, initial_value)

    def _accept(self, data):
        if not isinstance(data, str):
            raise TypeError("string argument expected, got '%s'" % type(data).__name__)
        return data


class BytesIO(_Memory):
    _empty = b"\x00"

    def _line_end(self):
        buf = self._buf
        i = self._pos
        while i < len(buf):
            i += 1
            if buf[i - 1] == 10:
                break
        return i

    def __init__(self, initial_bytes=b""):
        _Memory.__init__(self, _bytes_like(initial_bytes))

    def _accept(self, data):
        return _bytes_like(data)


def _bytes_like(data):
    if isinstance(data, bytes):
        return data
    if type(data).__name__ in ("bytearray", "memoryview"):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
