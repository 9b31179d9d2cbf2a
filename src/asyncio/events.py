# asyncio: the event loop (a ready queue, a timer heap, the native idle
# wait), the current-loop functions, Runner and run(); written here from
# the asyncio documentation.

import sys

# Cancelled timers leave the heap when they reach its top; a big heap that
# is mostly cancelled timers is rebuilt instead.
_REBUILD_HEAP_MIN = 100
# Refcount of a failed future that only the loop still holds: its entry in
# the unretrieved list, the scan's loop variable and _refcount's argument.
_ONLY_LOOP_REFS = 3

_running_loop = [None]
_event_loop = [None]
_event_loop_set = [False]


class AbstractEventLoop:
    """The base class of event loops, for isinstance() checks."""


class EventLoop(AbstractEventLoop):
    """One loop. Each pass runs the callbacks and task steps that were
    ready when it began, after moving due timers to the ready queue (and,
    with nothing ready, idling natively until the next timer or Ctrl-C)."""

    def __init__(self):
        self._ready = []            # Handles and Tasks (a Task = its next step)
        # heap of (when, sequence, TimerHandle) and, for a task in
        # sleep(), the sleep itself: see ready.rs
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._tasks = {}            # the live tasks, in creation order
        self._current_task = None
        self._unretrieved = []      # failed futures not yet looked at
        self._exception_handler = None
        self._on_interrupt = None   # set by Runner.run: Ctrl-C -> cancel
        self._sockets = set()       # open stream sockets: streams.py's _own
        self._running = False
        self._stopping = False
        self._closed = False
        self._debug = False

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
        if name is None:
            # Made natively (task.rs); None if coro is no coroutine.
            task = _new_task(Task, coro, self)
            if task is not None:
                return task
        return Task(coro, loop=self, name=name)

    # Scheduling callbacks

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
            raise TypeError('when cannot be None')
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        _schedule(self._scheduled, when, handle)
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # Running and stopping

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_can_start(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop[0] is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_finalizer_hook(self, agen):
        # A collected async generator is closed by a task on this loop, so
        # its finally blocks may await (CPython's BaseEventLoop does this).
        if not self._closed:
            self.call_soon(self.create_task, _aclose(agen))

    def run_forever(self):
        self._check_can_start()
        self._running = True
        _running_loop[0] = self
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                _loop_pass(self)  # one pass: see pass.rs
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop[0] = None
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_can_start()
        made_here = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()  # it escapes as this exception: retrieved
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._report_unretrieved(True)
        _close_sockets(self)
        self._closed = True
        _sockets_forget(self)
        self._ready = []
        self._scheduled = []

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        if (len(scheduled) > _REBUILD_HEAP_MIN
                and self._timer_cancelled_count * 2 > len(scheduled)):
            live = []
            for entry in scheduled:
                if _timer_cancelled(entry):
                    _unschedule(entry)
                else:
                    _heappush(live, entry)
            self._scheduled = live
            self._timer_cancelled_count = 0
            return
        while scheduled and _timer_cancelled(scheduled[0]):
            self._timer_cancelled_count -= 1
            _unschedule(_heappop(scheduled))
        if not scheduled:
            # Cancelled entries that were due left with the due timers.
            self._timer_cancelled_count = 0

    def _interrupt(self):
        """Ctrl-C while idle: the Runner cancels its main task (run() then
        raises KeyboardInterrupt); without one, raise here."""
        if self._on_interrupt is None or not self._on_interrupt():
            raise KeyboardInterrupt()

    # Errors nobody handled

    def _watch_unretrieved(self, fut):
        self._unretrieved.append(fut)

    def _report_unretrieved(self, closing):
        """Report each failed future whose exception was never looked at,
        once only the loop still holds it (or the loop is closing)."""
        still_held = []
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
                still_held.append(fut)
        fut = None
        self._unretrieved = still_held

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the message, the other context entries, then the traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        _stderr_write('\n'.join(lines) + '\n')
        if context.get('exception') is not None:
            _print_exception(context['exception'])

    def call_exception_handler(self, context):
        if self._exception_handler is not None:
            try:
                self._exception_handler(self, context)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                context = {
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                }
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            _stderr_write('Exception in default exception handler\n')

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


async def _aclose(agen):
    # A task needs a coroutine; aclose() gives an awaitable.
    await agen.aclose()


def _unschedule(entry):
    if not _is_sleep(entry):
        entry[2]._scheduled = False


def _stderr_write(text):
    import sys
    sys.stderr.write(text)


def _stop_when_done(fut):
    # SystemExit and KeyboardInterrupt already propagate out of the step.
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        fut.get_loop().stop()


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
    _event_loop_set[0] = True
    _event_loop[0] = loop


def get_event_loop():
    """The running loop, else the current one (made on first use unless
    set_event_loop() was called)."""
    loop = _running_loop[0]
    if loop is not None:
        return loop
    if not _event_loop_set[0]:
        set_event_loop(new_event_loop())
    if _event_loop[0] is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop[0]


class Runner:
    """Runs coroutines in one loop of its own; close() (or leaving `with`)
    cancels the tasks still running and closes the loop."""

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

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running_loop[0] is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        self._interrupt_count = 0
        self._loop._on_interrupt = lambda: self._on_sigint(task)
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            # Cancelled by our Ctrl-C (and nothing else): report it as such.
            if self._interrupt_count > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            self._loop._on_interrupt = None

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_remaining_tasks(loop)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
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
        """The first Ctrl-C cancels the main task; later ones raise."""
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            return True
        return False


def _cancel_remaining_tasks(loop):
    """Cancel the loop's unfinished tasks, let them finish, and report
    those that failed instead of being cancelled."""
    tasks = all_tasks(loop)
    if not tasks:
        return
    for task in tasks:
        task.cancel()
    loop.run_until_complete(gather(*tasks, return_exceptions=True))
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    """Run the coroutine main in a new loop, then close the loop."""
    if _running_loop[0] is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)
