# asyncio: Task (a coroutine driven one step per loop pass), sleep(),
# current_task(), all_tasks(), create_task() and ensure_future(); written
# here from the asyncio documentation. A step is one native _resume of the
# coroutine (the loop runs the common case natively: step.rs), and
# what the coroutine hands back decides what comes next:
#   None      -> step again on the next pass (a bare yield: sleep(0));
#   a sleep   -> park on the timer (see sleep() below);
#   a Future  -> park until that future is done;
#   the coro  -> it returned (_resume stored the value in task._result).


async def _coroutine_probe():
    pass


_probe = _coroutine_probe()
_coroutine_type = type(_probe)
_probe.close()
del _probe

# co_flags bit of a function defined with `async def`.
_CO_COROUTINE = 0x80


def iscoroutine(obj):
    return type(obj) is _coroutine_type or _is_sleep(obj)


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & _CO_COROUTINE)


class Task(Future):
    """A coroutine wrapped in a Future. In the loop's ready queue a Task
    stands for "run its next step" (no Handle is made for it)."""

    _is_step = True
    _must_cancel = False        # cancel() came while no future was awaited
    _fut_waiter = None          # the future the coroutine is parked on
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if _is_sleep(coro):
            coro = _sleep_coroutine(coro)
        if type(coro) is not _coroutine_type:
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._callbacks = None
        self._coro = coro
        # A default name stays a number until someone asks for it.
        self._name = _next_task_number() if name is None else str(name)
        loop._ready.append(self)
        loop._tasks[self] = None

    def __repr__(self):
        return (f'<Task {self._state.lower()} name={self.get_name()!r} '
                f'coro=<{self._coro.__qualname__}()>{self._outcome()}>')

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
        """Ask the coroutine to stop: CancelledError is thrown into it at
        its next step (by cancelling the future it waits on, if any)."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is None:
            woken = False
        elif _is_sleep(waiter):
            # Parked on the timer: wake now (see sleep.rs).
            error = CancelledError() if msg is None else CancelledError(msg)
            woken = _cancel_sleep(waiter, error)
        else:
            woken = waiter.cancel(msg=msg)
        if not woken:
            self._must_cancel = True
            self._cancel_message = msg
        return True

    def _step(self, exc=None):
        """Run the coroutine up to its next suspension (see the header)."""
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        waiter = self._fut_waiter
        if exc is None and waiter is not None and _is_sleep(waiter):
            exc = _sleep_cancelled(waiter)
        elif exc is None and waiter is not None and waiter._state != _PENDING:
            # Woken by that future: a failure is thrown into the coroutine.
            if waiter._state == _CANCELLED:
                exc = waiter._make_cancelled_error()
            else:
                waiter._log_traceback = False
                exc = waiter._exception
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        coro = self._coro
        loop = self._loop
        loop._current_task = self
        try:
            result = _resume(coro, exc, self)
        except CancelledError as cancelled:
            self._step_failed(cancelled)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._step_failed(fatal)
            raise
        except BaseException as error:
            _drop_step_frame(error)
            self._step_failed(error)
        else:
            if result is None:
                loop._ready.append(self)
            elif result is coro:
                self._returned()
            else:
                self._park_on(result)
        finally:
            loop._current_task = None

    def _step_failed(self, error):
        """The coroutine raised `error`: the task ends cancelled or with
        that exception. True if it must propagate (KeyboardInterrupt,
        SystemExit); the native step (step.rs) calls this too."""
        self._forget()
        if isinstance(error, CancelledError):
            self._cancelled_exc = error
            Future.cancel(self)
            return False
        Future.set_exception(self, error)
        return isinstance(error, (KeyboardInterrupt, SystemExit))

    def _forget(self):
        self._loop._tasks.pop(self, None)

    def _returned(self):
        self._forget()
        if self._must_cancel:
            # cancel() arrived during the last step: the task ends cancelled.
            self._must_cancel = False
            self._result = None
            Future.cancel(self, msg=self._cancel_message)
        else:
            self._settle(_FINISHED)

    def _park_on(self, fut):
        """The coroutine yielded fut: wait for it, or step again with an
        error if it is not a future this task can wait on."""
        if _park_sleep(self, fut):
            return
        blocking = getattr(fut, '_asyncio_future_blocking', None)
        if blocking is None:
            error = RuntimeError(f'Task got bad yield: {fut!r}')
        elif fut._loop is not self._loop:
            error = RuntimeError(f'Task {self!r} got Future {fut!r} attached to a different loop')
        elif not blocking:
            error = RuntimeError(
                f'yield was used instead of yield from in task {self!r} with {fut!r}')
        elif fut is self:
            error = RuntimeError(f'Task cannot await on itself: {self!r}')
        else:
            fut._asyncio_future_blocking = False
            callbacks = fut._callbacks
            if fut._state == _PENDING and callbacks is None:
                # The task itself as the callback: Future._settle queues
                # its next step directly.
                fut._callbacks = [self]
            elif fut._state == _PENDING and type(callbacks) is list:
                callbacks.append(self)
            else:
                fut.add_done_callback(self._wakeup)
            self._fut_waiter = fut
            if self._must_cancel and fut.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(self._step, error)

    def _wakeup(self, fut):
        self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def sleep(delay, result=None):
    """Wait `delay` seconds, then give `result`. The awaitable is native
    (sleep.rs): no coroutine frame, no future; the task awaiting it parks
    on the loop's timer heap itself, and a zero delay is one loop pass."""
    return _sleep(0 if delay <= 0 else delay, result)


async def _sleep_coroutine(awaitable):
    return await awaitable


# A task made of a sleep() shows it as CPython does: coro=<sleep()>.
_sleep_coroutine.__name__ = _sleep_coroutine.__qualname__ = 'sleep'


async def sleep_ms(ms, result=None):
    return await sleep(ms / 1000, result)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine or other awaitable in a new Task."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if not hasattr(coro_or_future, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _await_it(coro_or_future)
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _await_it(awaitable):
    return await awaitable
