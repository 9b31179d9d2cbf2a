# asyncio: the combinators gather, shield, wait_for, wait and as_completed,
# written here from the asyncio documentation (3.11 behaviour as observed
# under python3: result order, cancellation and error propagation).

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _outcome(fut):
    """What gather(return_exceptions=True) reports for a finished child."""
    if fut.cancelled():
        return fut._make_cancelled_error()
    exc = fut.exception()
    return fut.result() if exc is None else exc


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children, and it
    then finishes with CancelledError once they all have finished."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    """Run the awaitables concurrently; the results come in argument order.
    The same awaitable given twice runs once."""
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    by_arg = {}
    children = []
    loop = None
    for arg in aws:
        if type(arg) is _coroutine_type:
            # ensure_future(arg) in short, the usual case
            fut = by_arg.get(arg)
            if fut is None:
                if loop is None:
                    loop = get_event_loop()
                fut = by_arg[arg] = loop.create_task(arg)
        else:
            fut = by_arg.get(arg) if isfuture(arg) else None
            if fut is None:
                fut = ensure_future(arg, loop=loop)
                loop = fut.get_loop()
                by_arg[arg] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    pending = [len(by_arg)]

    def child_done(fut):
        pending[0] -= 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # mark it retrieved: outer already reported
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if pending[0] == 0:
            results = [_outcome(child) for child in children]
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


def shield(aw):
    """Await aw without letting a cancellation of the caller cancel it."""
    inner = ensure_future(aw)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # nobody is left to see it
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def wait_for(aw, timeout):
    """Await aw, cancelling it and raising TimeoutError after timeout
    seconds (None: no limit)."""
    fut = ensure_future(aw)
    if timeout is None:
        return await fut
    if timeout <= 0:
        # Expired already: cancel at once, as python3 does, no loop pass.
        if not fut.done():
            fut.cancel()
            await _finished(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with timeout_at(get_running_loop().time() + timeout):
        return await fut


async def _finished(fut):
    """Wait until fut is done, without taking its outcome."""
    waiter = fut.get_loop().create_future()
    fut.add_done_callback(lambda _: _set_result_unless_cancelled(waiter, None))
    await waiter


def _future_set(fs, what):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')
    return {ensure_future(f) for f in set(fs)}


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; return the sets (done, pending)."""
    fs = _future_set(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    waiter = loop.create_future()
    remaining = [len(fs)]

    def on_done(fut):
        remaining[0] -= 1
        failed = not fut.cancelled() and fut.exception() is not None
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and failed)):
            if not waiter.done():
                waiter.set_result(None)

    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    for fut in fs:
        fut.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(on_done)
    done = {fut for fut in fs if fut.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Yield one coroutine per future; each returns the next result to
    arrive (TimeoutError for all of them once timeout has passed)."""
    todo = _future_set(fs, 'an iterable')
    finished = Queue()
    loop = get_event_loop()

    def on_done(fut):
        if fut in todo:
            todo.remove(fut)
            finished.put_nowait(fut)
            if not todo and timer is not None:
                timer.cancel()

    def on_timeout():
        for fut in todo:
            fut.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    async def next_result():
        fut = await finished.get()
        if fut is None:
            raise TimeoutError
        return fut.result()

    timer = None if timeout is None else loop.call_later(timeout, on_timeout)
    for fut in todo:
        fut.add_done_callback(on_done)
    for _ in range(len(todo)):
        yield next_result()
