# asyncio: TaskGroup, written here from the asyncio documentation. The
# first child to fail cancels the other children and the task that owns
# the group; leaving the block waits for every child and raises the
# failures as one ExceptionGroup (KeyboardInterrupt and SystemExit as
# themselves).


def _is_base_error(exc):
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) for each child."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        info = ''
        if self._tasks:
            info += f' tasks={len(self._tasks)}'
        if self._errors:
            info += f' errors={len(self._errors)}'
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return f'<TaskGroup{info}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        outer_cancel = None
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if exc_type is CancelledError:
            outer_cancel = exc
        # Take back our own cancel() of the owner; a CancelledError that
        # none is left for was ours and is swallowed. (Like 3.11.7, a cancel
        # made after the body ended is not taken back: see cancelling().)
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            outer_cancel = None
        if exc_type is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as cancel:
                if not self._aborting:
                    outer_cancel = cancel
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if outer_cancel is not None and not self._errors:
            raise outer_cancel
        if exc_type is not None and exc_type is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Wake the owner out of its block (or out of __aexit__'s wait).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
