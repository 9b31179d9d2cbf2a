# The heapq module: a binary min-heap kept in a plain list (heappush,
# heappop, heapify, heapreplace, heappushpop), and merge, nlargest and
# nsmallest (with key=).


def _sift_up(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    end = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def _check(heap, fn):
    if not isinstance(heap, list):
        raise TypeError("%s() argument 1 must be list, not %s"
                        % (fn, type(heap).__name__))


def heappush(heap, item, /):
    _check(heap, "heappush")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return item
    return last


def heapreplace(heap, item, /):
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item, /):
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap, /):
    _check(heap, "heapify")
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i)


def merge(*iterables, key=None, reverse=False):
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            h.append([_Rev(k) if reverse else k, order, value, it])
            break
    heapify(h)
    while h:
        entry = h[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Rev(k) if reverse else k
            entry[2] = value
            heapreplace(h, entry)
            break
        else:
            heappop(h)


class _Rev:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
