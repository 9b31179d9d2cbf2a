# The socket module (CPython 3.11's documented API): socket objects with
# the blocking API over the program's network, the same one asyncio's
# streams use (the _net_* natives: src/asyncio/streams.rs; blocking waits
# and UDP: src/pyglue/socket/). A blocking call polls the stack and idles
# through the platform between polls; a timeout raises TimeoutError
# ('timed out'), a non-blocking socket BlockingIOError. IPv4 only.
# Also: name lookups (getaddrinfo, gethostbyname), the error classes and
# constants, makefile(), create_connection() and socketpair().

from enum import IntEnum as _IntEnum
from time import monotonic as _monotonic

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


class AddressFamily(_IntEnum):
    AF_UNSPEC = 0
    AF_INET = 2


class SocketKind(_IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_INET = AddressFamily.AF_INET
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
has_ipv6 = False
SOMAXCONN = 4096
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_LINGER = 13
SO_REUSEPORT = 15
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
MSG_OOB = 1
MSG_PEEK = 2
MSG_DONTWAIT = 0x40
MSG_WAITALL = 0x100
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
EAI_AGAIN = -3
EAI_BADFLAGS = -1
EAI_FAIL = -4
EAI_FAMILY = -6
EAI_MEMORY = -10
EAI_NODATA = -5
EAI_NONAME = -2
EAI_SERVICE = -8
EAI_SOCKTYPE = -7
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7f000001

_READABLE, _WRITABLE, _CLOSED, _ERROR = 1, 2, 4, 8
_DHCP_WAIT = 10.0
_SERVICES = {'echo': 7, 'discard': 9, 'daytime': 13, 'qotd': 17, 'ftp': 21,
             'ssh': 22, 'telnet': 23, 'smtp': 25, 'domain': 53, 'http': 80,
             'pop3': 110, 'ntp': 123, 'imap': 143, 'https': 443}
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    value = float(value)
    if value < 0.0:
        raise ValueError('Timeout value out of range')
    return value


def gethostname():
    """The HOSTNAME line of the mTCP configuration file (MTCPCFG), as mTCP
    programs use it; 'localhost' without one."""
    import os
    path = os.environ.get('MTCPCFG')
    if path:
        try:
            with open(path) as f:
                for line in f:
                    words = line.split('#')[0].split()
                    if len(words) >= 2 and words[0].upper() == 'HOSTNAME':
                        return words[1]
        except OSError:
            pass
    return 'localhost'


def _network_up():
    """Bring the network up and wait (up to _DHCP_WAIT s) for an address."""
    if not _net_ready() and not _net_wait_up(_DHCP_WAIT):
        raise OSError(101, 'no IP address from DHCP within 10 s; is the '
                           'network cable in, or set MTCPCFG?')


def _resolve(host):
    """The dotted IPv4 address of `host` (a lookup through the DNS server
    if it is a name); gaierror if there is none."""
    if not isinstance(host, str):
        raise TypeError('str, bytes or bytearray expected, not '
                        + type(host).__name__)
    if host == '':
        return '127.0.0.1'
    if host == '<broadcast>':
        return '255.255.255.255'
    ip = _net_literal(host)
    if ip is not None:
        return ip
    _network_up()
    query = _lookup(host)
    try:
        while True:
            _net_wait(next(query), _READABLE, None)
    except StopIteration as done:
        return done.value
    finally:
        query.close()


def _lookup(host):
    """One DNS query for the name `host`, as a generator shared with
    asyncio's streams: it yields the query's id while the answer is out
    (the caller waits for it to turn readable, blocking here, awaiting
    there) and returns the dotted address; errors are gaierror. Closing
    the generator early (a cancelled task) ends the query."""
    qid = None
    try:
        qid = _net_resolve(host)
        while True:
            ip = _net_resolved(qid)
            if ip is not None:
                return ip
            yield qid
    except OSError as exc:
        if exc.errno is None or exc.errno >= 0:
            raise
        raise gaierror(exc.errno, exc.strerror) from None
    finally:
        if qid is not None:
            _net_close(qid, False)  # harmless once answered


def _peer_ip(host):
    """A destination's address: 0.0.0.0 means this host, as on Linux."""
    ip = _resolve(host)
    return '127.0.0.1' if ip == '0.0.0.0' else ip


def gethostbyname(hostname):
    return _resolve(hostname)


def gethostbyname_ex(hostname):
    return (hostname, [], [_resolve(hostname)])


def _port_number(port, socktype=0):
    if port is None:
        return 0
    if isinstance(port, int):
        return port
    if isinstance(port, bytes):
        port = port.decode()
    if not isinstance(port, str):
        raise OSError('Int or String expected')
    if port.isdigit():
        return int(port)
    number = _SERVICES.get(port)
    if number is None:
        raise gaierror(EAI_SERVICE, 'Servname not supported for ai_socktype')
    return number


def getservbyname(servicename, protocolname=None):
    number = _SERVICES.get(servicename)
    if number is None:
        raise OSError('service/proto not found')
    return number


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """IPv4 only: one entry per socket type asked for (both without one)."""
    if family not in (AF_UNSPEC, AF_INET):
        raise gaierror(EAI_FAMILY, 'ai_family not supported')
    if host is None:
        ip = '0.0.0.0' if flags & AI_PASSIVE else '127.0.0.1'
    else:
        if isinstance(host, bytes):
            host = host.decode()
        ip = _resolve(host)
    port = _port_number(port, type)
    canon = host if flags & AI_CANONNAME and host else ''
    kinds = [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP)]
    result = []
    for kind, protocol in kinds:
        if (type == 0 or type == kind) and (proto == 0 or proto == protocol):
            result.append((AF_INET, kind, protocol, canon, (ip, port)))
            canon = ''
    if not result:
        raise gaierror(EAI_SOCKTYPE, 'ai_socktype not supported')
    return result


def inet_aton(ip_string):
    ip = _net_literal(ip_string)
    if ip is None or ip_string.lower() == 'localhost':
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in ip.split('.'))


def inet_ntoa(packed_ip):
    if len(packed_ip) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed_ip)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


def _address(address, what='connect'):
    if not isinstance(address, tuple):
        raise TypeError(what + '(): AF_INET address must be tuple, not '
                        + type(address).__name__)
    if len(address) != 2:
        raise TypeError('AF_INET address must be a pair (host, port)')
    host, port = address
    if not isinstance(port, int):
        raise TypeError("'" + type(port).__name__
                        + "' object cannot be interpreted as an integer")
    if not 0 <= port <= 65535:
        raise OverflowError(what + '(): port must be 0-65535.')
    return host, port


def _bad_fd():
    return OSError(9, 'Bad file descriptor')


def _not_connected():
    return OSError(107, 'Transport endpoint is not connected')


def _no_option():
    return OSError(92, 'Protocol not available')


# The options setsockopt takes (Linux's numbers); TCP_NODELAY and
# SO_KEEPALIVE are applied to the connection, the others only recorded
# (the stack has no address reuse rules, broadcast is always allowed, close
# always lingers). Buffer sizes follow the memory left unless SO_RCVBUF /
# SO_SNDBUF were set before connect or listen (kept between 1 KiB and
# 1 MiB); getsockopt gives the sizes in force, not doubled ones as Linux.
_APPLIED = {(IPPROTO_TCP, TCP_NODELAY), (SOL_SOCKET, SO_KEEPALIVE)}
_RECORDED = {(SOL_SOCKET, SO_REUSEADDR), (SOL_SOCKET, SO_REUSEPORT),
             (SOL_SOCKET, SO_BROADCAST), (SOL_SOCKET, SO_LINGER),
             (SOL_SOCKET, SO_RCVBUF), (SOL_SOCKET, SO_SNDBUF)}


def _option_value(value):
    """setsockopt's value as the kernel reads it: an int, or a C int from
    the first 4 bytes of a bytes-like one (SO_LINGER's struct is kept)."""
    if isinstance(value, int):
        return value
    try:
        raw = bytes(memoryview(value))
    except TypeError:
        raise TypeError('a bytes-like object is required, not '
                        + repr(type(value).__name__)) from None
    if len(raw) < 4:
        raise OSError(22, 'Invalid argument')
    return int.from_bytes(raw[:4], 'little', signed=True)


class socket:
    """A TCP or UDP socket (AF_INET only)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if family != AF_INET:
            raise OSError(97, 'Address family not supported by protocol')
        if type not in (SOCK_STREAM, SOCK_DGRAM):
            raise OSError(22, 'Invalid argument')
        self.family = AF_INET
        self.type = SocketKind(type)
        self.proto = proto
        self._timeout = _default_timeout
        self._closed = False
        self._dead = False      # closed for good (files made by makefile too)
        self._io_refs = 0
        self._options = {}
        self._peer = None       # UDP: the connect()ed peer
        self._bound = None      # TCP: the port bind() asked for
        self._bound_ip = '0.0.0.0'
        self._listening = False
        self._read_shut = False
        self._sid = fileno
        if fileno is None and type == SOCK_DGRAM:
            self._sid = _net_udp_open(0)

    # -- life --

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        text = '<socket.socket fd=%d, family=%s, type=%s, proto=%d' % (
            self.fileno(), self.family, self.type, self.proto)
        if not self._dead:
            try:
                text += ', laddr=%s' % (self.getsockname(),)
                text += ', raddr=%s' % (self.getpeername(),)
            except OSError:
                pass
        return text + '>'

    def fileno(self):
        if self._dead or self._sid is None:
            return -1
        return self._sid

    def detach(self):
        sid = self.fileno()
        self._sid = None
        self._closed = self._dead = True
        return sid

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        self._dead = True
        if self._sid is not None:
            _net_close(self._sid, False)
            self._sid = None

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def __del__(self):
        if self._sid is not None and self._io_refs <= 0:
            _net_close(self._sid, False)

    # -- timeouts --

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def _wait(self, mask, flags=0):
        """Block until the socket is ready for `mask` (timeout rules;
        MSG_DONTWAIT in `flags`: not on a blocking socket, as in CPython,
        which waits out a timeout before a MSG_DONTWAIT read)."""
        if self._timeout == 0.0 or flags & MSG_DONTWAIT \
                and self._timeout is None:
            raise BlockingIOError(11, 'Resource temporarily unavailable')
        if not _net_wait(self._sid, mask, self._timeout):
            raise TimeoutError('timed out')

    def _live(self):
        if self._dead:
            raise _bad_fd()
        return self._sid

    def _stream(self):
        """The connection's id; OSError when there is none."""
        self._live()
        if self._sid is None or self._listening:
            raise _not_connected()
        return self._sid

    # -- options --

    def setsockopt(self, level, optname, value, optlen=None):
        self._live()
        key = (level, optname)
        if key == (SOL_SOCKET, SO_LINGER) and not isinstance(value, int):
            self._options[key] = bytes(memoryview(value))
            return
        if key not in _APPLIED and key not in _RECORDED \
                or level == IPPROTO_TCP and self.type != SOCK_STREAM:
            raise _no_option()
        value = _option_value(value)
        if key in _APPLIED:
            value = value != 0
        elif optname in (SO_RCVBUF, SO_SNDBUF):
            value = min(max(value, 1024), 1 << 20)
        self._options[key] = value
        self._apply_options()

    def _apply_options(self):
        """Put TCP_NODELAY and SO_KEEPALIVE, when set, on the connection
        (as soon as it exists: connect and accept call this too)."""
        if self._connection() is not None:
            _net_sockopts(self._sid,
                          self._options.get((IPPROTO_TCP, TCP_NODELAY)),
                          self._options.get((SOL_SOCKET, SO_KEEPALIVE)))

    def _connection(self):
        if self.type == SOCK_STREAM and not self._listening:
            return self._sid
        return None

    def _in_force(self):
        """(nodelay, keepalive, rcvbuf, sndbuf) in force: a connection's
        own, otherwise what one made now would get with the options set."""
        sid = self._connection()
        if sid is None and self.type == SOCK_DGRAM:
            sid = self._sid
        nodelay, keepalive, rcvbuf, sndbuf = _net_sockopts(sid, None, None)
        if self.type == SOCK_DGRAM:
            keepalive = False
        if self._connection() is None:
            rcvbuf, sndbuf = [b or d for b, d in zip(self._buffers(), (rcvbuf, sndbuf))]
            nodelay = self._options.get((IPPROTO_TCP, TCP_NODELAY), nodelay)
            keepalive = self._options.get((SOL_SOCKET, SO_KEEPALIVE),
                                          keepalive)
        return nodelay, keepalive, rcvbuf, sndbuf

    def _buffers(self):
        """SO_RCVBUF and SO_SNDBUF as set (None: the stack's sizes)."""
        return self._options.get((SOL_SOCKET, SO_RCVBUF)), self._options.get((SOL_SOCKET, SO_SNDBUF))

    def getsockopt(self, level, optname, buflen=None):
        self._live()
        key = (level, optname)
        if key == (SOL_SOCKET, SO_ERROR):
            value = self._pending_error()
        elif key == (SOL_SOCKET, SO_TYPE):
            value = int(self.type)
        elif level == IPPROTO_TCP and self.type != SOCK_STREAM:
            raise OSError(95, 'Operation not supported')
        elif key not in _APPLIED and key not in _RECORDED:
            raise _no_option()
        elif key in _APPLIED or optname in (SO_RCVBUF, SO_SNDBUF):
            where = (TCP_NODELAY, SO_KEEPALIVE, SO_RCVBUF, SO_SNDBUF)
            value = int(self._in_force()[where.index(optname)])
        else:
            value = self._options.get(key, 0)
        if buflen is None or not isinstance(value, int):
            return value
        return value.to_bytes(4, 'little', signed=True)[:buflen]

    def _pending_error(self):
        if self._sid is None or self.type != SOCK_STREAM or self._listening:
            return 0
        if _net_state(self._sid) & _ERROR:
            try:
                _net_recv(self._sid, 1)
            except OSError as exc:
                return exc.errno or 0
        return 0

    # -- addresses --

    def getsockname(self):
        self._live()
        if self._sid is None:
            return (self._bound_ip, self._bound or 0)
        if self._listening or self.type == SOCK_DGRAM:
            return (self._bound_ip, _net_addr(self._sid, False)[1])
        return _net_addr(self._sid, False) or ('0.0.0.0', 0)

    def getpeername(self):
        self._live()
        if self.type == SOCK_DGRAM:
            if self._peer is None:
                raise _not_connected()
            return self._peer
        addr = None if self._listening or self._sid is None \
            else _net_addr(self._sid, True)
        if addr is None:
            raise _not_connected()
        return addr

    def bind(self, address):
        self._live()
        host, port = _address(address, 'bind')
        ip = _resolve(host) if host else '0.0.0.0'
        if ip not in ('0.0.0.0', '127.0.0.1'):
            _network_up()
            if ip != _net_own_ip():
                raise OSError(99, 'Cannot assign requested address')
        self._bound_ip = ip
        if self.type == SOCK_DGRAM:
            if _net_addr(self._sid, False)[1] != port and port:
                new = _net_udp_open(port)
                _net_close(self._sid, False)
                self._sid = new
            return
        if self._sid is not None or self._bound is not None:
            raise OSError(22, 'Invalid argument')
        if port == 0:
            # The port is known at once, as CPython's bind tells it.
            self._sid = _net_listen(0, 128, *self._buffers())
            self._listening = True
            port = _net_addr(self._sid, False)[1]
        self._bound = port

    def listen(self, backlog=128):
        self._live()
        if self.type != SOCK_STREAM:
            raise OSError(95, 'Operation not supported')
        if self._listening:
            return
        if self._sid is not None:
            raise OSError(22, 'Invalid argument')
        self._sid = _net_listen(self._bound or 0, max(backlog, 1), *self._buffers())
        self._listening = True

    def accept(self):
        self._live()
        if not self._listening:
            raise OSError(22, 'Invalid argument')
        while True:
            sid = _net_accept(self._sid)
            if sid is not None:
                break
            self._wait(_READABLE)
        conn = socket(AF_INET, SOCK_STREAM, 0, sid)
        conn._options = dict(self._options)   # inherited, as on Linux
        conn._apply_options()
        if _default_timeout is None and self._timeout is not None:
            conn.setblocking(True)
        return conn, _net_addr(sid, True)

    # -- connecting --

    def connect(self, address):
        self._live()
        host, port = _address(address)
        ip = _peer_ip(host)
        if self.type == SOCK_DGRAM:
            if not ip.startswith('127.'):
                _network_up()
            self._peer = (ip, port)
            return
        if self._sid is not None and not self._listening:
            raise OSError(106, 'Transport endpoint is already connected')
        if self._listening:
            _net_close(self._sid, False)
            self._sid = None
            self._listening = False
        if not ip.startswith('127.'):
            _network_up()
        sid = _net_connect(ip, port, *self._buffers())
        self._sid = sid
        self._apply_options()
        try:
            while not _net_connected(sid):
                if self._timeout == 0.0:
                    raise BlockingIOError(115, 'Operation now in progress')
                self._wait(_WRITABLE | _ERROR | _CLOSED)
        except BlockingIOError:
            raise
        except BaseException:
            self._sid = None
            _net_close(sid, True)
            raise

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as exc:
            if exc.errno is None:
                if isinstance(exc, TimeoutError):
                    return 11
                raise
            return exc.errno
        return 0

    # -- data --

    def send(self, data, flags=0):
        if self.type == SOCK_DGRAM:
            if self._peer is None:
                raise OSError(89, 'Destination address required')
            return self.sendto(data, self._peer)
        sid = self._stream()
        if type(data) is not bytes:
            data = bytes(memoryview(data))
        while True:
            sent = _net_send(sid, data, 0)
            if sent or not data:
                _net_poll()
                return sent
            self._wait(_WRITABLE)

    def sendall(self, data, flags=0):
        if self.type == SOCK_DGRAM:
            self.send(data)
            return None
        sid = self._stream()
        if type(data) is not bytes:
            data = bytes(memoryview(data))
        saved, total, done = self._timeout, len(data), 0
        deadline = None if not saved else _monotonic() + saved
        try:
            while done < total:
                sent = _net_send(sid, data, done)
                if sent:
                    done += sent
                    continue
                if deadline is not None:
                    left = deadline - _monotonic()
                    if left <= 0:
                        raise TimeoutError('timed out')
                    self._timeout = left
                self._wait(_WRITABLE)
        finally:
            self._timeout = saved
        _net_poll()
        return None

    # recv flags: MSG_PEEK (the data stays queued), MSG_DONTWAIT (this call
    # does not block), MSG_WAITALL (TCP: wait for bufsize bytes); MSG_OOB on
    # TCP is EINVAL as Linux says with no urgent data (smoltcp has none);
    # other bits are ignored, as Linux ignores MSG_OOB on UDP.
    def recv(self, bufsize, flags=0):
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        if self.type == SOCK_DGRAM:
            return self.recvfrom(bufsize, flags)[0]
        sid = self._stream()
        if flags & MSG_OOB:
            raise OSError(22, 'Invalid argument')   # never urgent data
        if self._read_shut or bufsize == 0:
            return b''
        if flags & MSG_WAITALL and not flags & MSG_PEEK:
            return self._recv_all(bufsize, flags & ~MSG_WAITALL)
        take = _net_peek if flags & MSG_PEEK else _net_recv
        while True:
            data = take(sid, bufsize)
            if data is not None:
                return data
            self._wait(_READABLE, flags)

    def _recv_all(self, bufsize, flags):
        """MSG_WAITALL: bufsize bytes, fewer only at end of file or when the
        timeout passes after some came."""
        chunks, got = [], 0
        while got < bufsize:
            try:
                chunk = self.recv(bufsize - got, flags)
            except (TimeoutError, BlockingIOError):
                if not got:
                    raise
                break
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b''.join(chunks)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError('negative buffersize in recv_into')
        view = memoryview(buffer).cast('B')
        if nbytes == 0 or nbytes > len(view):
            nbytes = len(view)
        data = self.recv(nbytes, flags)
        view[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0):
        if bufsize < 0:
            raise ValueError('negative buffersize in recvfrom')
        if self.type == SOCK_STREAM:
            return self.recv(bufsize, flags), None
        sid = self._live()
        while True:
            got = _net_udp_recvfrom(sid, bufsize, flags & MSG_PEEK)
            if got is not None:
                return got
            self._wait(_READABLE, flags)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast('B')
        if nbytes == 0 or nbytes > len(view):
            nbytes = len(view)
        data, address = self.recvfrom(nbytes, flags)
        view[:len(data)] = data
        return len(data), address

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address = flags_or_address
        if self.type == SOCK_STREAM:
            return self.send(data)
        sid = self._live()
        host, port = _address(address, 'sendto')
        ip = _peer_ip(host)
        if not ip.startswith('127.'):
            _network_up()
        while True:
            sent = _net_udp_sendto(sid, data, ip, port)
            if sent is not None:
                _net_poll()
                return sent
            self._wait(_WRITABLE)

    def shutdown(self, how):
        sid = self._stream()
        if how not in (SHUT_RD, SHUT_WR, SHUT_RDWR):
            raise OSError(22, 'Invalid argument')
        if how != SHUT_WR:
            self._read_shut = True
        if how != SHUT_RD:
            _net_shutdown(sid)
            _net_poll()

    def makefile(self, mode='r', buffering=None, *, encoding=None,
                 errors=None, newline=None):
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % mode)
        self._io_refs += 1
        return SocketFile(self, mode, encoding, errors, newline)


SocketType = socket


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None):
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.bind(address)
        sock.listen(128 if backlog is None else backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
    # Two connected TCP sockets over the loopback (there is no AF_UNIX):
    # CPython's own way on platforms without socketpair(2).
    if family != AF_INET:
        raise ValueError('Only AF_INET family is supported')
    if type != SOCK_STREAM:
        raise ValueError('Only SOCK_STREAM socket type is supported')
    if proto != 0:
        raise ValueError('Only protocol zero is supported')
    lsock = socket(family, type, proto)
    try:
        lsock.bind(('127.0.0.1', 0))
        lsock.listen()
        csock = socket(family, type, proto)
        try:
            csock.connect(lsock.getsockname())
            ssock, _ = lsock.accept()
        except BaseException:
            csock.close()
            raise
    finally:
        lsock.close()
    return (ssock, csock)


class SocketFile:
    """What socket.makefile() returns: a buffered binary file over the
    socket, or a text one ('r'/'w' without 'b') decoding/encoding lines."""

    def __init__(self, sock, mode, encoding, errors, newline):
        self._sock = sock
        self.mode = mode
        self._binary = 'b' in mode
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        self._buf = b''
        self._eof = False
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return 'r' in self.mode

    def writable(self):
        return 'w' in self.mode

    def _check(self, what):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if what not in self.mode:
            import io
            raise io.UnsupportedOperation(
                'File not open for ' + ('reading' if what == 'r' else 'writing'))

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _text(self, data):
        if self._binary:
            return data
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        self._check('r')
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
            return self._text(data)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._text(data)

    def read1(self, size=-1):
        self._check('r')
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def peek(self, size=0):
        self._check('r')
        if not self._buf:
            self._fill()
        return self._buf

    def readinto(self, buffer):
        view = memoryview(buffer).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check('r')
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._buf.find(b'\n', start)
            if end >= 0:
                end += 1
                break
            start = len(self._buf)
            if 0 <= size <= start or not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._text(data)

    def readlines(self, hint=-1):
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def write(self, data):
        self._check('w')
        if not self._binary:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not '
                                + type(data).__name__)
            self._sock.sendall(data.encode(self._encoding, self._errors))
            return len(data)
        self._sock.sendall(data)
        return len(memoryview(data).cast('B'))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()
