# queue: FIFO, LIFO, priority and simple queues, bounds, task tracking and
# the Empty/Full errors of non-blocking and timed calls
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(timeout=1), q.empty())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
             lambda: q.get(block=False, timeout=5)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
for call in (lambda: b.put('c', block=False), lambda: b.put_nowait('c'),
             lambda: b.put('c', timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
print(b.get(), b.full())

t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print('joined', t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print('ValueError', e)

lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z'), (5, 'e')]:
    pq.put(item)
print(pq.qsize(), [pq.get()[1] for _ in range(5)])
try:
    pq.get_nowait()
except queue.Empty:
    print('pq empty')
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('sq empty')
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int], issubclass(queue.LifoQueue, queue.Queue))
bounded_lifo = queue.LifoQueue(1)
bounded_lifo.put(9)
print(bounded_lifo.full())
try:
    queue.Queue(0).put(1) or queue.Queue(-1).put(1)
    print('unbounded ok')
except queue.Full:
    print('bad')
