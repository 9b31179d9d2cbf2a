# asyncio: the two containers the queues and locks need and MPYDOS has no
# stdlib for: a FIFO with popleft (for the waiter queues and Queue) and a
# textbook binary min-heap over comparable items (for PriorityQueue).


class _Deque:
    """The part of collections.deque that the queues and locks use."""

    def __init__(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def remove(self, item):
        del self._items[self._items.index(item, self._head)]

    def clear(self):
        self._items = []
        self._head = 0


def _py_heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[pos] < heap[parent]:
            heap[pos], heap[parent] = heap[parent], heap[pos]
            pos = parent
        else:
            break


def _py_heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    pos, n = 0, len(heap)
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[pos]:
            heap[pos], heap[child] = heap[child], heap[pos]
            pos = child
        else:
            break
    return top
