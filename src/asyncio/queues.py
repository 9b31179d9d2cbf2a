# asyncio: Queue (FIFO), LifoQueue and PriorityQueue, written here from the
# asyncio documentation. Blocked get() and put() calls wait in the waiter
# FIFOs of locks.py, so they are served in arrival order.


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue full."""


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded. Counts unfinished items
    for task_done() and join()."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = self._new_store()
        self._getters = _Waiters()
        self._putters = _Waiters()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def _new_store(self):
        return _Deque()

    def _store(self, item):
        self._items.append(item)

    def _take(self):
        return self._items.popleft()

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if self._items:
            parts.append(f'_queue={list(self._items)!r}')
        for name, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters._waiters:
                parts.append(f'{name}[{len(waiters._waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    async def put(self, item):
        while self.full():
            await self._putters._park()
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._store(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._getters._wake()

    async def get(self):
        while self.empty():
            await self._getters._park()
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._take()
        self._putters._wake()
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Takes the smallest item first (a binary heap)."""

    def _new_store(self):
        return []

    def _store(self, item):
        _py_heappush(self._items, item)

    def _take(self):
        return _py_heappop(self._items)


class LifoQueue(Queue):
    """Takes the most recently added item first."""

    def _new_store(self):
        return []

    def _take(self):
        return self._items.pop()
