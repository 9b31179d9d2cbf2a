# asyncio: Lock, Event, Condition, Semaphore and BoundedSemaphore, written
# here from the asyncio documentation. Each primitive keeps a FIFO of waiter
# futures; waking resolves the oldest pending one, so waiters proceed in
# arrival order (the documented fairness).


class _LoopBoundMixin:
    """Ties an object to the first running loop that uses it."""

    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _Waiters(_LoopBoundMixin):
    """A FIFO of parked coroutines, each waiting on its own future."""

    _waiters = None

    def _anyone_waiting(self):
        return self._waiters is not None and any(
            not fut.cancelled() for fut in self._waiters)

    async def _park(self):
        """Wait until woken. A waiter cancelled after being woken hands
        its wake-up on (_pass_on), so no wake-up is lost."""
        if self._waiters is None:
            self._waiters = _Deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._pass_on()
            raise
        finally:
            self._waiters.remove(fut)

    def _wake(self, count=1):
        """Wake up to count pending waiters, oldest first; return how many."""
        woken = 0
        if self._waiters:
            for fut in self._waiters:
                if woken >= count:
                    break
                if not fut.done():
                    fut.set_result(True)
                    woken += 1
        return woken

    def _pass_on(self):
        self._wake()

    def _describe(self, state):
        if self._waiters:
            state = f'{state}, waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{state}]>'


class _ContextManagerMixin:
    """async with: acquire on entry, release on exit."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _Waiters):
    """A mutual-exclusion lock; a released lock passes to the oldest waiter."""

    def __init__(self):
        self._locked = False

    def __repr__(self):
        return self._describe('locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked

    async def acquire(self):
        if self._locked or self._anyone_waiting():
            await self._park()
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake()

    def _pass_on(self):
        if not self._locked:
            self._wake()


class Event(_Waiters):
    """A flag that wait() blocks on until set() raises it."""

    def __init__(self):
        self._value = False

    def __repr__(self):
        return self._describe('set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            self._wake(len(self._waiters) if self._waiters else 0)

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await self._park()
        return True

    def _pass_on(self):
        pass


class Condition(_ContextManagerMixin, _Waiters):
    """Waiting for a notification while holding a lock (a new Lock by
    default); wait() releases the lock and takes it back before returning."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        return self._describe('locked' if self.locked() else 'unlocked')

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._park()
            return True
        finally:
            # The lock is held again on every way out, cancelled or not.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._wake(n)

    def notify_all(self):
        self.notify(len(self._waiters) if self._waiters else 0)

    def _pass_on(self):
        pass


class Semaphore(_ContextManagerMixin, _Waiters):
    """A counter of free slots: acquire() takes one, waiting while none is
    free; release() hands its slot straight to the oldest waiter."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        if self.locked():
            return self._describe('locked')
        return self._describe(f'unlocked, value:{self._value}')

    def locked(self):
        return self._value == 0 or self._anyone_waiting()

    async def acquire(self):
        if self.locked():
            await self._park()
        else:
            self._value -= 1
        return True

    def release(self):
        if not self._wake():
            self._value += 1

    def _pass_on(self):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
