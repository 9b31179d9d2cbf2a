# asyncio streams over the program's network (the _net_* natives): the
# API and exceptions of CPython 3.11's asyncio.streams (PSF licence). The
# reader pulls from the socket when its buffer runs short; the writer sends
# at once and queues what does not fit, sent as the socket turns writable.

_DEFAULT_LIMIT = 2 ** 16
_HIGH_WATER = 2 ** 16
_DHCP_WAIT = 10.0
_EBADF = 9
# What accept() fails with when the system is out of a resource (EMFILE,
# ENFILE, ENOBUFS, ENOMEM): the server logs it and goes on serving.
_RESOURCE_ERRNOS = (24, 23, 105, 12)


def _own(loop, sid):
    """Socket `sid` belongs to `loop` until _disown: closed with the loop if
    the script never closes it (as CPython collects such transports)."""
    loop._sockets.add(sid)


def _disown(loop, sid, abort=False):
    """Close socket `sid` (with a reset if `abort`): the script is done."""
    loop._sockets.discard(sid)
    _net_close(sid, abort)  # wakes what waits on the socket


def _close_sockets(loop):
    """The loop closes: close the stream sockets the script left open,
    gracefully (data still queued goes out, then FIN), so that neither
    their buffers nor the reader and writer parked on them outlive the
    loop."""
    sockets, loop._sockets = loop._sockets, set()
    for sid in sockets:
        _net_close(sid, False)


def _io_future(loop, sid, write=False):
    """A future the loop settles (natively) when socket `sid` changes for
    reading, or with `write` for writing, or is closed."""
    fut = loop.create_future()
    _net_wait(sid, write, fut)
    return fut


async def _io_wait(sid, write=False):
    await _io_future(get_running_loop(), sid, write)


async def _network_up():
    """Bring the network up and wait (up to _DHCP_WAIT s) for an address."""
    if _net_ready():
        return
    deadline = _monotonic() + _DHCP_WAIT
    while not _net_ready():
        if _monotonic() > deadline:
            raise OSError(101, 'no IP address from DHCP within 10 s; is the '
                               'network cable in, or set MTCPCFG?')
        await sleep(0.02)


async def _resolve(host):
    if host is None or host == '':
        return '127.0.0.1'
    ip = _net_literal(host)
    if ip is not None:
        return ip
    await _network_up()
    from socket import _lookup  # the one home of lookups (and gaierror)
    query = _lookup(host)
    try:
        while True:
            await _io_wait(next(query))
    except StopIteration as done:
        return done.value
    finally:
        query.close()


async def _connect(host, port):
    ip = await _resolve(host)
    if not ip.startswith('127.'):
        await _network_up()
    sid = _net_connect(ip, port)
    try:
        while not _net_connected(sid):
            await _io_wait(sid, True)
        return sid
    except BaseException:
        _net_close(sid, True)
        raise


class _SocketInfo:
    """What Server.sockets and get_extra_info('socket') show."""

    def __init__(self, sid, host=None):
        self._sid = sid
        self._host = host

    def getsockname(self):
        addr = _net_addr(self._sid, False)
        if self._host is not None and addr is not None:
            return (self._host, addr[1])
        return addr

    def getpeername(self):
        return _net_addr(self._sid, True)

    def __repr__(self):
        return f'<asyncio.TransportSocket laddr={self.getsockname()}>'


class _Transport:
    """The connection under a StreamWriter: sends now what fits and queues
    the rest, sent as the socket turns writable."""

    def __init__(self, loop, sid):
        self._loop = loop
        self._sid = sid
        self._pending = []
        self._pending_size = 0
        self._offset = 0
        self._closing = False
        self._eof_wanted = False
        self._closed = loop.create_future()
        self._exc = None
        self._drain_waiters = []
        self._watching = False
        # peername and sockname, looked up when first asked for (or at
        # close): most servers never ask, and 64 connections on a 4 MB PC
        # are worth the bytes.
        self._extra = None

    def _addresses(self):
        if self._extra is None:
            self._extra = {'peername': _net_addr(self._sid, True),
                           'sockname': _net_addr(self._sid, False)}
        return self._extra

    def get_extra_info(self, name, default=None):
        if name in ('peername', 'sockname'):
            return self._addresses()[name]
        if name == 'socket':
            return _SocketInfo(self._sid)
        return default

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return self._pending_size

    def can_write_eof(self):
        return True

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        data = bytes(data)  # a snapshot: the caller may change a bytearray
        if self._exc is not None or self._eof_wanted or self._closing or not data:
            return
        sent = 0
        if not self._pending:
            try:
                sent = _net_send(self._sid, data, 0)
            except OSError as exc:
                self._fail(exc)
                return
            if sent == len(data):
                return
            self._offset = sent
        self._pending.append(data)
        # What is still to send: counting the part sent at once too made
        # drain() wait for bytes long gone, forever (issue 11's stalled echo).
        self._pending_size += len(data) - sent
        self._watch()

    def write_eof(self):
        if self._eof_wanted:
            return
        self._eof_wanted = True
        if not self._pending:
            self._shutdown()

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._pending or self._exc is not None:
            self._finish(False)

    def abort(self):
        self._closing = True
        self._finish(True)

    def _watch(self):
        if not self._watching:
            self._watching = True
            _io_future(self._loop, self._sid, True).add_done_callback(
                self._writable)

    def _writable(self, fut):
        self._watching = False
        if self._closed.done():
            return
        try:
            self._push()
        except OSError as exc:
            self._fail(exc)
            return
        if self._pending:
            self._watch()
            return
        if self._eof_wanted:
            self._shutdown()
        if self._closing:
            self._finish(False)

    def _push(self):
        while self._pending:
            data = self._pending[0]
            sent = _net_send(self._sid, data, self._offset)
            if sent == 0:
                break
            self._offset += sent
            self._pending_size -= sent
            if self._offset == len(data):
                self._pending.pop(0)
                self._offset = 0
        if self._pending_size <= _HIGH_WATER:
            self._wake_drainers()

    def _shutdown(self):
        try:
            _net_shutdown(self._sid)
        except OSError as exc:
            self._fail(exc)

    def _fail(self, exc):
        if self._exc is None:
            self._exc = exc
        self._pending = []
        self._pending_size = 0
        self._wake_drainers()
        if self._closing:
            self._finish(True)

    def _wake_drainers(self):
        waiters = self._drain_waiters
        self._drain_waiters = []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    def _finish(self, abort):
        if self._closed.done():
            return
        self._addresses()  # still known once the socket is gone
        _disown(self._loop, self._sid, abort)
        self._wake_drainers()
        self._closed.set_result(None)

    async def _drain(self):
        while self._pending_size > _HIGH_WATER and self._exc is None:
            fut = self._loop.create_future()
            self._drain_waiters.append(fut)
            await fut
        if self._exc is not None:
            raise self._exc
        if self._closed.done():
            await sleep(0)
            raise ConnectionResetError('Connection lost')


class StreamReader:
    """The unread bytes are _buffer[_pos:]: a line or chunk taken moves
    _pos on, and the consumed front is dropped only when it is at least
    half the buffer, so each byte is copied a bounded number of times."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None, *, _sid=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._sid = _sid
        self._buffer = bytearray()
        self._pos = 0
        self._eof = False
        self._exception = None
        self._waiter = None
        self._pulling = False  # a task is parked in _wait_for_data

    def __repr__(self):
        info = ['StreamReader']
        if self._buffered():
            info.append(f'{self._buffered()} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        return '<{}>'.format(' '.join(info))

    def _buffered(self):
        return len(self._buffer) - self._pos

    def _take(self, n):
        """The next n unread bytes (or all there are) as bytes, copied
        once (_bytes_of)."""
        buf = self._buffer
        pos = self._pos
        end = pos + n
        if end >= len(buf):
            data = _bytes_of(buf, pos, len(buf))
            buf.clear()
            self._pos = 0
            return data
        self._pos = end
        return _bytes_of(buf, pos, end)

    def _room(self):
        """Drop the consumed front of the buffer when it is most of it."""
        pos = self._pos
        if pos and pos * 2 >= len(self._buffer):
            del self._buffer[:pos]
            self._pos = 0

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if data:
            self._room()
            self._buffer += data
            self._wake()

    def at_eof(self):
        # CPython's transport feeds the end of the stream as it arrives;
        # here the reader pulls, so look at the socket now (an error waits
        # for the next read, as CPython's set_exception).
        idle = not (self._eof or self._buffered() or self._pulling)
        if idle and self._sid is not None and self._exception is None:
            try:
                self._pull(self._limit)
            except OSError:
                pass
        return self._eof and not self._buffered()

    def _wake(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def _wait_for_data(self, func_name, size=_DEFAULT_LIMIT):
        """Get more data (up to `size` bytes from the socket) into the
        buffer, or see the end of the stream."""
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        if self._sid is None:
            self._waiter = get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
            return
        self._pulling = True
        try:
            while not self._pull(size):
                await _io_wait(self._sid)
        finally:
            self._pulling = False

    def _pull(self, size):
        """Move what the socket has now (up to `size` bytes, or its end)
        into the buffer; False when it has nothing yet."""
        self._room()
        try:
            got = _net_recv_into(self._sid, self._buffer, size)
        except OSError as exc:
            if exc.errno != _EBADF:
                self._exception = exc
                raise
            got = 0  # our writer closed the socket: end of stream
        if got is None:
            return False
        if not got:
            self._eof = True
        return True

    def _check(self):
        if self._exception is not None:
            raise self._exception

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            at = self._pos + e.consumed
            if self._buffer[at:at + seplen] == sep:
                self._pos = at + seplen
            else:
                self._buffer.clear()
                self._pos = 0
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        self._check()
        offset = 0
        while True:
            buflen = self._buffered()
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, self._pos + offset)
                if isep != -1:
                    isep -= self._pos
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit',
                        offset)
            if self._eof:
                raise IncompleteReadError(self._take(buflen), None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        return self._take(isep + seplen)

    async def read(self, n=-1):
        self._check()
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._wait_for_data('read')
            return self._take(self._buffered())
        if not self._buffered() and not self._eof:
            await self._wait_for_data('read', n)
        return self._take(n)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._check()
        if n == 0:
            return b''
        while self._buffered() < n:
            if self._eof:
                raise IncompleteReadError(self._take(n), n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self._transport.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed
        exc = self._transport._exc
        if exc is not None and not isinstance(exc, ConnectionResetError):
            raise exc

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        await self._transport._drain()


def _streams(loop, sid, limit):
    _own(loop, sid)
    reader = StreamReader(limit=limit, _sid=sid)
    writer = StreamWriter(_Transport(loop, sid), None, reader, loop)
    return reader, writer


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT,
                          **kwds):
    loop = get_running_loop()
    sid = await _connect(host, port)
    return _streams(loop, sid, limit)


class Server:
    def __init__(self, loop, sid, host, client_connected_cb, limit):
        self._loop = loop
        self._sid = sid
        self._host = host
        self._cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._closed = False

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._closed:
            return ()
        return (_SocketInfo(self._sid, self._host),)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._serving = False
        _disown(self._loop, self._sid)
        fut = self._serving_forever_fut
        if fut is not None and not fut.done():
            fut.cancel()
            self._serving_forever_fut = None

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    def _start_serving(self):
        if self._serving or self._closed:
            return
        self._serving = True
        self._accept(None)

    def _accept(self, fut):
        if not self._serving:
            return
        while True:
            try:
                sid = _net_accept(self._sid)
            except OSError as exc:
                # A connection refused for lack of memory or sockets: said
                # in the log the way CPython's asyncio says it.
                if exc.errno not in _RESOURCE_ERRNOS:
                    raise
                self._loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                })
                continue
            if sid is None:
                break
            reader, writer = _streams(self._loop, sid, self._limit)
            res = self._cb(reader, writer)
            if iscoroutine(res):
                self._loop.create_task(res)
        _io_future(self._loop, self._sid).add_done_callback(self._accept)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._closed:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        return

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, backlog=100, start_serving=True,
                       **kwds):
    loop = get_running_loop()
    host = '0.0.0.0' if host in (None, '') else await _resolve(host)
    sid = _net_listen(port or 0, backlog)
    server = Server(loop, sid, host, client_connected_cb, limit)
    _own(loop, sid)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


def run(main, *, debug=None):
    """As CPython's, and (MPYDOS) when `main` returns a serving Server,
    serve it until Ctrl-C: asyncio.run(asyncio.start_server(...))."""
    if _running_loop[0] is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        result = runner.run(main)
        if isinstance(result, Server) and result.is_serving():
            runner.run(result.serve_forever())
        return result
