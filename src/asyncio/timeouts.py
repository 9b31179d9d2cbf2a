# asyncio: timeout() and timeout_at(), written here from the asyncio
# documentation. A Timeout cancels its task at the deadline; on the way out
# of the block, that cancellation (and only that one) becomes TimeoutError.


class Timeout:
    """Async context manager cancelling the current task at loop time
    `when` (None: no deadline). Its state shows in repr():
    created -> active -> (expiring -> expired | finished)."""

    def __init__(self, when):
        self._state = 'created'
        self._when = when
        self._task = None
        self._cancelling = 0
        self._timer = None

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state == 'created':
            raise RuntimeError('Timeout has not been entered')
        if self._state != 'active':
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._expire)
            else:
                self._timer = loop.call_at(when, self._expire)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        if self._state == 'active':
            when = None if self._when is None else round(self._when, 3)
            return f'<Timeout [active] when={when}>'
        return f'<Timeout [{self._state}]>'

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task = task
        self._cancelling = task.cancelling()
        self._state = 'active'
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state == 'expiring':
            self._state = 'expired'
            # Ours if no cancel() made since the block began is still pending.
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _expire(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timer = None


def timeout(delay):
    """Cancel the block after delay seconds (None: never)."""
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    """Cancel the block at loop time when (None: never)."""
    return Timeout(when)
