# queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue and the Empty
# and Full exceptions, with CPython 3.11's interface.
#
# MPYDOS runs one thread, so nobody else can ever put into an empty queue
# or take from a full one while a caller waits. A wait with a timeout
# sleeps that long and then raises Empty/Full, exactly as CPython does when
# no other thread acts. A wait without a timeout would hang CPython for
# ever (a deadlock: only Ctrl-C ends it); here it raises RuntimeError at
# once instead of hanging the PC, saying why. join() with unfinished tasks
# is the same deadlock and raises the same way.

from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _wait(block, timeout, exc, what):
    # The wait of a get/put that cannot go ahead now; see the module text.
    if not block:
        raise exc
    if timeout is None:
        raise RuntimeError(what + " would block for ever: MPYDOS has one "
                           "thread, so no other can ever wake it")
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    # time and types are imported when needed: on DOS they would
    # double the memory an import of queue takes.
    import time
    time.sleep(timeout)
    raise exc


class Queue:
    """A FIFO queue; maxsize <= 0 means no bound."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise RuntimeError("join() would block for ever: MPYDOS has one "
                               "thread, so no other can ever call task_done()")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.full():
            _wait(block, timeout, Full, "put() on a full queue")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _wait(block, timeout, Empty, "get() on an empty queue")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage, which subclasses replace.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Entries come out lowest first (typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Entries come out most recent first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            _wait(block, timeout, Empty, "get() on an empty queue")
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
