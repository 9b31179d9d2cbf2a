# sched: the general-purpose event scheduler (scheduler with enter,
# enterabs, cancel, empty, run, queue; Event) of CPython 3.11. MPYDOS has
# one thread, so the lock CPython takes around the queue is not needed.

import heapq
from collections import namedtuple
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, '
                   'kwargs')

# Marks kwargs not given (an empty dict would be shared by every event).
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=None):
        """A scheduler using timefunc for the time and delayfunc (by
        default time.sleep) to wait."""
        if delayfunc is None:
            from time import sleep as delayfunc
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at time; events at the
        same time run lowest priority first. Returns the event."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, self._sequence, action, argument,
                      kwargs)
        self._sequence += 1
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove event from the queue (ValueError if it is not there)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        return not self._queue

    def run(self, blocking=True):
        """Run the events in time order, waiting (delayfunc) for each one
        that is not due. With blocking=False, run just the due events and
        return the time until the next one (None if none is left)."""
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            if not q:
                break
            time, priority, sequence, action, argument, kwargs = q[0]
            now = timefunc()
            if time > now:
                delay = True
            else:
                delay = False
                pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
