# asyncio: Task (a coroutine driven by the loop), sleep, current_task.


async def _coroutine_probe():
    pass


_probe = _coroutine_probe()
_coroutine_type = type(_probe)
_probe.close()
del _probe


def iscoroutine(obj):
    return type(obj) is _coroutine_type


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & 0x80)


_task_name_counter = [0]


class Task(Future):
    """A coroutine wrapped in a Future: the loop runs it step by step."""

    # A Task in the loop's ready queue stands for "run its next step" (no
    # Handle is made for the most frequent callback of all).
    _is_step = True
    _must_cancel = False
    _fut_waiter = None
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._callbacks = []
        if type(coro) is not _coroutine_type:
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_name_counter[0] += 1
        # The default name is formatted on first use (most are never read).
        self._name = _task_name_counter[0] if name is None else str(name)
        self._coro = coro
        loop._ready.append(self)
        loop._tasks[self] = None

    def __repr__(self):
        info = [self._state.lower(), f'name={self.get_name()!r}']
        info.append(f'coro=<{self._coro.__qualname__}()>')
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        return f'<Task {" ".join(info)}>'

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        if type(self._name) is int:
            self._name = f'Task-{self._name}'
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self):
        self._loop._tasks.pop(self, None)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        waiter = self._fut_waiter
        if waiter is not None and exc is None and waiter._state != _PENDING:
            # Woken by the future it waited on: what future.result() raises.
            if waiter._state == _CANCELLED:
                exc = waiter._make_cancelled_error()
            else:
                waiter._log_traceback = False
                exc = waiter._exception
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            result = _resume(coro, exc, self)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish()
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finish()
            _drop_step_frame(error)
            Future.set_exception(self, error)
        else:
            if result is None:
                loop._ready.append(self)
            elif result is coro:
                self._returned()
            else:
                self._wait_for(result)
        finally:
            loop._current_task = None

    def _returned(self):
        """The coroutine returned; _resume stored its value in _result."""
        self._loop._tasks.pop(self, None)
        if self._must_cancel:
            self._must_cancel = False
            self._result = None
            Future.cancel(self, msg=self._cancel_message)
        else:
            self._state = _FINISHED
            self._schedule_callbacks()

    def _wait_for(self, result):
        """The coroutine yielded `result`: park on it if it is a future."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is None:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
        elif result._loop is not self._loop:
            new_exc = RuntimeError(
                f'Task {self!r} got Future {result!r} attached to a different loop')
        elif not blocking:
            new_exc = RuntimeError(
                f'yield was used instead of yield from in task {self!r} with {result!r}')
        elif result is self:
            new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
        else:
            result._asyncio_future_blocking = False
            if result._state == _PENDING and type(result._callbacks) is list:
                # The task itself as the callback: its next step runs when
                # the future is done (see Future._schedule_callbacks).
                result._callbacks.append(self)
            else:
                result.add_done_callback(self._wakeup)
            self._fut_waiter = result
            if self._must_cancel:
                if result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            return
        self._loop.call_soon(self._step, new_exc)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


_YIELD_ONCE = (None,)


class _Sleep0:
    """`await _sleep0` gives the loop one turn: its iterator yields None
    once (a native tuple iterator is cheaper than a generator)."""

    def __await__(self):
        return iter(_YIELD_ONCE)


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = _running_loop[0]
    if loop is None:
        loop = get_running_loop()
    future = Future(loop=loop)
    h = loop.call_at(_monotonic() + delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


async def sleep_ms(ms, result=None):
    return await sleep(ms / 1000, result)


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable
