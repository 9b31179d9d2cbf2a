# The select module (CPython 3.11's documented API) for the sockets of the
# socket module: select.select and select.poll, waiting through the same
# native wait as blocking socket calls (socket._net_select: the stack is
# polled, the CPU idles between polls, Ctrl-C raises KeyboardInterrupt).
# Only sockets can be waited on (as on Windows).

from socket import _net_select
import time as _time

error = OSError
POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
POLLRDNORM = 0x040
POLLRDBAND = 0x080
POLLWRNORM = 0x100
POLLWRBAND = 0x200
POLLMSG = 0x400
POLLRDHUP = 0x2000

_READABLE, _WRITABLE, _CLOSED, _ERROR = 1, 2, 4, 8


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() '
                            'method.') from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)'
                         % fd)
    return fd


def _wait(pairs, timeout):
    """Readiness bits per (fd, mask) pair; all 0 when the timeout passed.
    With nothing to wait on, just sleep (as select(2) does)."""
    if pairs:
        return _net_select(pairs, timeout)
    if timeout is None:
        while True:
            _time.sleep(3600)
    _time.sleep(timeout)
    return []


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    groups = [(list(rlist), _READABLE), (list(wlist), _WRITABLE),
              (list(xlist), 0)]
    pairs = []
    for objects, mask in groups:
        for obj in objects:
            pairs += [_fileno(obj), mask]
    bits = _wait(pairs, timeout)
    result, at = [], 0
    for objects, mask in groups:
        ready = []
        for obj in objects:
            if bits and bits[at]:
                ready.append(obj)
            at += 1
        result.append(ready)
    return tuple(result)


def _poll_mask(events):
    mask = _CLOSED | _ERROR
    if events & (POLLIN | POLLPRI | POLLRDNORM):
        mask |= _READABLE
    if events & (POLLOUT | POLLWRNORM):
        mask |= _WRITABLE
    return mask


def _poll_events(bits, events):
    out = 0
    if bits & _READABLE:
        out |= events & (POLLIN | POLLRDNORM)
    if bits & _WRITABLE and not bits & _CLOSED:
        out |= events & (POLLOUT | POLLWRNORM)
    if bits & _ERROR:
        out |= POLLERR
    if bits & _CLOSED:
        out |= POLLHUP
    return out


class _Poll:
    """What select.poll() returns."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None):
        """Ready (fd, events) pairs; `timeout` in milliseconds (None or
        negative: no limit)."""
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError('timeout must be an integer or None')
            timeout = None if timeout < 0 else timeout / 1000
        fds = list(self._fds.items())
        pairs = []
        for fd, events in fds:
            pairs += [fd, _poll_mask(events)]
        bits = _wait(pairs, timeout)
        result = []
        for (fd, events), ready in zip(fds, bits):
            out = _poll_events(ready, events)
            if out:
                result.append((fd, out))
        return result


def poll():
    return _Poll()
