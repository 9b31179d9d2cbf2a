# http.client: HTTP/1.1 client connections (CPython 3.11's documented API
# and exceptions) over the socket module: HTTPConnection (request,
# putrequest/putheader/endheaders/send, getresponse, keep-alive) and
# HTTPResponse (status, reason, headers, read/readline/readinto, bodies by
# Content-Length, chunked or to the end of the connection). No HTTPS.

import socket
from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding',
           'UnimplementedFileMode', 'IncompleteRead', 'InvalidURL',
           'ImproperConnectionState', 'CannotSendRequest',
           'CannotSendHeader', 'ResponseNotReady', 'BadStatusLine',
           'LineTooLong', 'RemoteDisconnected', 'error', 'responses',
           'HTTPMessage', 'parse_headers']

HTTP_PORT = 80
HTTPS_PORT = 443
_UNKNOWN = 'UNKNOWN'
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'
_MAXLINE = 65536
_MAXHEADERS = 100
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

responses = {status.value: status.phrase for status in HTTPStatus}
globals().update(HTTPStatus.__members__)


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__,
                                        len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, 'got more than %d bytes when reading %s'
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage:
    """The headers of a reply: a case-insensitive multi-mapping keeping
    their order (what email.message.Message offers for them)."""

    def __init__(self):
        self._headers = []

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != name]

    def __iter__(self):
        return iter(self.keys())

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return 'text/plain'
        ctype = value.split(';')[0].strip().lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_charset(self, failobj=None):
        for part in (self.get('content-type') or '').split(';')[1:]:
            key, _, value = part.partition('=')
            if key.strip().lower() == 'charset':
                return value.strip().strip('"').lower()
        return failobj

    def as_string(self):
        return ''.join('%s: %s\n' % kv for kv in self._headers) + '\n'

    __str__ = as_string


def _read_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('header line')
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines up to the blank one into an HTTPMessage (folded
    continuation lines joined to the header before them)."""
    message = _class()
    for raw in _read_headers(fp):
        line = raw.decode('iso-8859-1').rstrip('\r\n')
        if not line:
            continue
        if line[0] in ' \t' and message._headers:
            name, value = message._headers[-1]
            message._headers[-1] = (name, value + ' ' + line.strip())
            continue
        name, _, value = line.partition(':')
        message._headers.append((name, value.strip()))
    return message


class HTTPResponse:
    """A reply read from the connection's socket."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url
        self.closed = False

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), 'iso-8859-1')
        if len(line) > _MAXLINE:
            raise LineTooLong('status line')
        if not line:
            raise RemoteDisconnected('Remote end closed connection without'
                                     ' response')
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ''
            except ValueError:
                version = ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            _read_headers(self.fp)   # an interim 100 Continue
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        encoding = self.headers.get('transfer-encoding')
        self.chunked = bool(encoding and encoding.lower() == 'chunked')
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status in (204, 304) or 100 <= status < 200
                or self._method == 'HEAD'):
            self.length = 0
        if (not self.will_close and not self.chunked
                and self.length is None):
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get('connection')
        if self.version == 11:
            return bool(conn and 'close' in conn.lower())
        if self.headers.get('keep-alive'):
            return False
        if conn and 'keep-alive' in conn.lower():
            return False
        pconn = self.headers.get('proxy-connection')
        return not (pconn and 'keep-alive' in pconn.lower())

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        self.closed = True
        self._close_conn()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def flush(self):
        pass

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def fileno(self):
        return self.fp.fileno()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self.fp.read(self.length)
            if len(data) < self.length:
                self._close_conn()
                raise IncompleteRead(data, self.length - len(data))
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            # A line may span chunks: gather it a byte run at a time.
            line = b''
            while not line.endswith(b'\n') and (limit < 0 or len(line) < limit):
                left = self._chunk_left()
                if not left:
                    break
                take = left if limit < 0 else min(left, limit - len(line))
                part = self.fp.peek()[:take]
                end = part.find(b'\n')
                if end >= 0:
                    part = part[:end + 1]
                line += self._read_chunked(len(part))
            return line
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('chunk size')
        i = line.find(b';')
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _chunk_left(self):
        """Bytes left in the current chunk, reading the next chunk's size
        when it is used up; 0 (and the trailer read) at the end."""
        left = self.chunk_left
        if not left:
            if left is not None:
                self.fp.read(2)   # the CRLF after a chunk's data
            try:
                left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
            if left == 0:
                _read_headers(self.fp)   # the trailer
                self._close_conn()
                left = None
            self.chunk_left = left
        return left or 0

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while amt is None or amt > 0:
                left = self._chunk_left()
                if not left:
                    break
                take = left if amt is None else min(left, amt)
                data = self.fp.read(take)
                if len(data) < take:
                    raise IncompleteRead(b''.join(parts) + data)
                parts.append(data)
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
            return b''.join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts) + exc.partial) from None


class HTTPConnection:
    """A connection to one HTTP server, opened at the first request and
    kept while the server keeps it (HTTP/1.1 keep-alive)."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == '':
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'"
                                         % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise RuntimeError("Can't set up tunnel: no proxies here")

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port),
                                             self.timeout, self.source_address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self):
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, 'read'):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, str):
                raise
            try:
                iterator = iter(data)
            except TypeError:
                raise TypeError('data should be a bytes-like object or an '
                                'iterable, got %r' % type(data))
            for part in iterator:
                self.sock.sendall(part)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b'', b''))
        msg = b'\r\n'.join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = iter(lambda: message_body.read(self.blocksize), b'')
        elif isinstance(message_body, (bytes, bytearray, memoryview, str)):
            chunks = (message_body,)
        else:
            chunks = message_body
        for chunk in chunks:
            if isinstance(chunk, str):
                chunk = chunk.encode('iso-8859-1')
            if not chunk:
                continue
            if encode_chunked and self._http_vsn == 11:
                chunk = (('%X\r\n' % len(chunk)).encode('ascii') + bytes(chunk)
                         + b'\r\n')
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        for c in method:
            if c <= ' ' or c == '\x7f':
                raise ValueError('method can\'t contain control characters.'
                                 ' %r (found at least %r)' % (method, c))
        self._method = method
        url = url or '/'
        for c in url:
            if c <= ' ' or c == '\x7f':
                raise InvalidURL("URL can't contain control characters. "
                                 '%r (found at least %r)' % (url, c))
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    from urllib.parse import urlsplit
                    netloc = urlsplit(url)[1]
                if netloc:
                    self.putheader('Host', netloc.encode('idna'))
                else:
                    host = self.host
                    if ':' in host:
                        host = '[' + host + ']'
                    if self.port == self.default_port:
                        self.putheader('Host', host.encode('idna'))
                    else:
                        self.putheader('Host', '%s:%s' % (host, self.port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not header or b':' in header or b' ' in header or b'\r' in header \
                or b'\n' in header:
            raise ValueError('Invalid header name %r' % (header,))
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
            if b'\n' in values[i] or b'\r' in values[i]:
                raise ValueError('Invalid header value %r' % (values[i],))
        value = b'\r\n\t'.join(values)
        self._output(header + b': ' + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                length = self._body_length(body)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                elif body is not None or method.upper() in \
                        _METHODS_EXPECTING_BODY:
                    self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _body_length(body):
        if body is None:
            return 0
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def getresponse(self):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, self.debuglevel,
                                       method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except BaseException:
            response.close()
            raise
