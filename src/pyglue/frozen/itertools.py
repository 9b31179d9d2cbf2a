# The itertools module: every iterator building block of CPython 3.11,
# lazy (generators over their inputs), with CPython's argument errors.


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and not isinstance(times, int):
            raise TypeError("integer argument expected, got %s" % type(times).__name__)
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    f = _add if func is None else func
    for x in it:
        total = f(total, x)
        yield total


class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        self = cls()
        self._its = iter(iterables)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            for x in self._cur:
                return x
            self._cur = iter(next(self._its))


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgt = self._key = self._val = object()
        self._id = None

    def __iter__(self):
        return self

    def _advance(self):
        self._val = next(self._it)
        self._key = self._val if self._keyfunc is None else self._keyfunc(self._val)

    def __next__(self):
        self._id = object()
        while self._key == self._tgt:
            self._advance()
        self._tgt = self._key
        return self._key, self._group(self._tgt, self._id)

    def _group(self, tgt, id):
        # _advance inlined: this loop runs once per item.
        it, keyfunc = self._it, self._keyfunc
        while self._id is id and self._key == tgt:
            yield self._val
            for val in it:
                break
            else:
                return
            self._val = val
            self._key = val if keyfunc is None else keyfunc(val)


def _index(v, what):
    if v is None:
        return None
    try:
        i = v.__index__()
    except AttributeError:
        raise ValueError("%s argument for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize." % what) from None
    if i < 0:
        raise ValueError("%s argument for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize." % what)
    return i


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if args:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) == 1:
        start, stop, step = 0, _index(args[0], "Stop"), 1
    else:
        start = _index(args[0], "Indices") or 0
        stop = _index(args[1], "Stop")
        step = 1 if len(args) < 3 or args[2] is None else args[2]
        if not isinstance(step, int) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    nxt = start
    if stop is not None and stop <= start:
        for _ in zip(range(start), it):
            pass
        return
    for x in it:
        if i == nxt:
            yield x
            nxt += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


class _TeeLink:
    __slots__ = ("value", "next")


def _tee_gen(it, link):
    while True:
        if link.next is None:
            try:
                value = next(it)
            except StopIteration:
                return
            new = _TeeLink()
            new.next = None
            link.value = value
            link.next = new
        value = link.value
        link = link.next
        yield value


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("integer argument expected, got %s" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = _TeeLink()
    head.next = None
    return tuple(_tee_gen(it, head) for _ in range(n))


def zip_longest(*iterables, fillvalue=None):
    its = [iter(x) for x in iterables]
    left = len(its)
    if not left:
        return
    while True:
        row = []
        for i, it in enumerate(its):
            try:
                row.append(next(it))
            except StopIteration:
                left -= 1
                if not left:
                    return
                its[i] = repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("integer argument expected, got %s" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(pool, len(pool), r)


def _cwr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
