# asyncio: the exceptions, Future (a result that arrives later) and the
# Handle/TimerHandle records of scheduled callbacks, written here from the
# asyncio documentation. The names starting with "_" that are not defined
# here (_monotonic, _schedule, _loop_pass...) are the native core, see
# src/asyncio/module.rs.


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in the Future's current state."""


class SendfileNotAvailableError(RuntimeError):
    """The sendfile system call is not available."""


class IncompleteReadError(EOFError):
    """The stream ended early; `partial` holds the bytes read."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for Future-like objects (they carry _asyncio_future_blocking)."""
    return getattr(obj, '_asyncio_future_blocking', None) is not None


class Future:
    """A result or exception that becomes available later. Done callbacks
    run from the loop, one loop pass after the outcome is set."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    # True while an exception is set but nobody has looked at it yet.
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        # The done callbacks: a list from the first one on (most futures
        # and tasks never get one; a Task in it stands for its next step).
        self._callbacks = None

    def __repr__(self):
        return f'<{type(self).__name__} {self._state.lower()}{self._outcome()}>'

    def _outcome(self):
        """What __repr__ (here and Task's) shows of a finished future."""
        if self._state != _FINISHED:
            return ''
        if self._exception is None:
            return f' result={self._result!r}'
        return f' exception={self._exception!r}'

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future."""
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    # done(), cancelled(), result() and exception() are native: see
    # future.rs (installed below the class).

    def _raise_not_finished(self, missing):
        """result() or exception() of a future not finished: raise."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError(missing)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._settle(_CANCELLED)
        return True

    def set_result(self, result):
        self._refuse_if_done()
        self._result = result
        self._settle(_FINISHED)

    def set_exception(self, exception):
        self._refuse_if_done()
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._settle(_FINISHED)
        self._log_traceback = True
        self._loop._watch_unretrieved(self)

    def _refuse_if_done(self):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')

    def _settle(self, state):
        """Enter a final state and queue the done callbacks. A waiting Task
        is queued as itself (its next step), anything else in a Handle."""
        self._state = state
        callbacks = self._callbacks
        if callbacks:
            self._callbacks = None
            loop = self._loop
            loop._check_closed()
            ready = loop._ready
            for callback in callbacks:
                if isinstance(callback, Task):
                    ready.append(callback)
                else:
                    ready.append(Handle(callback, (self,), loop))

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        elif self._callbacks is None:
            self._callbacks = [fn]
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        callbacks = self._callbacks or []
        kept = [cb for cb in callbacks if cb != fn]
        removed = len(callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def __await__(self):
        if self._state == _PENDING:
            # The Task driving this coroutine sees the flag and waits on us.
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        if self._exception is None and self._state == _FINISHED:
            return self._result
        return self.result()

    __iter__ = __await__


_native_future_methods(Future)


def _set_result_unless_cancelled(fut, result):
    if fut._state == _PENDING:
        fut.set_result(result)


class Handle:
    """A callback queued with call_soon(); cancel() stops it running."""

    _cancelled = False
    # Tasks in the ready queue have _is_step True; the loop runs those
    # directly (see events.py).
    _is_step = False

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop

    def __repr__(self):
        cancelled = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{cancelled} {self._callback!r}>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _report(self, exc):
        """The callback raised exc (the loop calls it natively, see
        ready.rs): tell the loop's exception handler."""
        self._loop.call_exception_handler({
            'message': f'Exception in callback {self._callback!r}',
            'exception': exc,
            'handle': self,
        })


# The loop makes the handles of done callbacks natively: settle.rs.
_native_handle_class(Handle)


class TimerHandle(Handle):
    """A callback queued with call_later()/call_at() for loop time `when`."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = True

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()
