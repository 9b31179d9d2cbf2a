# asyncio: the event loop, the current-loop policy, run() and Runner.

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# Refcount of a future referenced only by the unretrieved list, the scan's
# loop variable and the _refcount call's own argument.
_ONLY_LOOP_REFS = 3


class AbstractEventLoop:
    """Marker base class, as in CPython."""


class EventLoop(AbstractEventLoop):
    """One loop: a ready queue, a timer heap, the native idle wait."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._current_task = None
        self._tasks = {}
        self._unretrieved = []
        self._on_interrupt = None
        self._debug = False
        self._io_waiters = {}

    def __repr__(self):
        return (f'<{type(self).__name__} running={self._running} '
                f'closed={self._closed} debug={self._debug}>')

    def time(self):
        return _monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_monotonic() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        self._timer_seq += 1
        _heappush(self._scheduled, (when, self._timer_seq, handle))
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop[0] is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._report_unretrieved(True)
        self._closed = True
        self._ready = []
        self._scheduled = []

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop[0] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop[0] = None

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        n = len(scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count / n
                > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            self._drop_cancelled_timers()
            scheduled = self._scheduled
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                _heappop(scheduled)[2]._scheduled = False
        if self._ready or self._stopping:
            _poll_io()
        else:
            timeout = None
            if scheduled:
                timeout = scheduled[0][0] - _monotonic()
            if _idle(timeout):
                self._interrupt()
        changed = _net_changed()
        if changed is not None:
            self._wake_sockets(changed)
        if scheduled:
            _pop_due(scheduled, self._ready, _monotonic())
        if self._unretrieved:
            self._report_unretrieved(False)
        todo = self._ready
        self._ready = []
        i = 0
        try:
            for handle in todo:
                i += 1
                if handle._is_step:
                    handle._step()
                elif not handle._cancelled:
                    handle._run()
        except BaseException:
            self._ready = todo[i:] + self._ready
            raise

    def _drop_cancelled_timers(self):
        keep = []
        for entry in self._scheduled:
            if entry[2]._cancelled:
                entry[2]._scheduled = False
            else:
                _heappush(keep, entry)
        self._scheduled = keep
        self._timer_cancelled_count = 0

    def _interrupt(self):
        """Ctrl-C while idle: as CPython's Runner, cancel the main task
        (run() then raises KeyboardInterrupt); with no runner, raise."""
        if self._on_interrupt is None or not self._on_interrupt():
            raise KeyboardInterrupt()

    def _watch_unretrieved(self, fut):
        self._unretrieved.append(fut)

    def _report_unretrieved(self, closing):
        """Report failed futures whose exception nobody retrieved, once no
        one but the loop holds them (CPython does it when they are freed)."""
        keep = []
        for fut in self._unretrieved:
            if not fut._log_traceback:
                continue
            if closing or _refcount(fut) <= _ONLY_LOOP_REFS:
                fut._log_traceback = False
                kind = 'Task' if isinstance(fut, Task) else 'Future'
                self.call_exception_handler({
                    'message': f'{kind} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })
            else:
                keep.append(fut)
        fut = None
        self._unretrieved = keep

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        _stderr_write('\n'.join(lines) + '\n')
        exception = context.get('exception')
        if exception is not None:
            _print_exception(exception)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _stderr_write('Exception in default exception handler\n')
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _stderr_write('Exception in default exception handler\n')

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _stderr_write(text):
    import sys
    sys.stderr.write(text)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_running_loop = [None]
_event_loop = [None]
_set_called = [False]


def _get_running_loop():
    return _running_loop[0]


def get_running_loop():
    loop = _running_loop[0]
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    _set_called[0] = True
    _event_loop[0] = loop


def get_event_loop():
    loop = _running_loop[0]
    if loop is not None:
        return loop
    if _event_loop[0] is None and not _set_called[0]:
        set_event_loop(new_event_loop())
    if _event_loop[0] is None:
        raise RuntimeError('There is no current event loop in thread %r.'
                           % 'MainThread')
    return _event_loop[0]


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """Run coroutines in one loop, closed by close() or `with`."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._interrupt_count = 0

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running_loop[0] is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        self._interrupt_count = 0

        def on_interrupt():
            return self._on_sigint(task)

        self._loop._on_interrupt = on_interrupt
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                if task.uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            self._loop._on_interrupt = None

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'

    def _on_sigint(self, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            return True
        return False


def run(main, *, debug=None):
    if _running_loop[0] is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)
