# sched: ordering by time and priority, cancel, queue, non-blocking run,
# kwargs, and errors, on a simulated clock
import sched
now = [0.0]
log = []
def timefunc():
    return now[0]
def delayfunc(d):
    log.append(('sleep', d))
    now[0] += d
s = sched.scheduler(timefunc, delayfunc)
def act(name, extra=None):
    log.append((name, now[0], extra))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'extra': 'kw'})
e4 = s.enterabs(10, 1, act, argument=('abs',))
e5 = s.enter(3, 1, act, ('cancelled',))
s.cancel(e5)
print([ (e.time, e.priority, e.argument) for e in s.queue])
print(s.empty(), e1 < e4, e3 < e2, type(e1).__name__, e1._fields)
print(s.run(blocking=False), log)
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue, s.run(blocking=False))
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
s2 = sched.scheduler(timefunc, delayfunc)
s2.enter(0, 0, act, ('now',))
s2.enter(1, 0, act, ('later',))
print(s2.run(blocking=False), log[-1])
def boom():
    raise RuntimeError('event failed')
s3 = sched.scheduler(timefunc, delayfunc)
s3.enter(0, 0, boom)
s3.enter(0, 1, act, ('after boom',))
try:
    s3.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s3.queue))
s3.run()
print(log[-1])
real = sched.scheduler()
hits = []
real.enter(0.01, 1, hits.append, ('a',))
real.enter(0, 1, hits.append, ('b',))
real.run()
print(hits)
