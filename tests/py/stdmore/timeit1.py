# timeit: Timer with strings, callables, setup and globals; timeit/repeat
# module functions; errors from bad statements (times themselves vary and
# are only checked to be non-negative floats)
import timeit
counter = []
t = timeit.Timer('counter.append(x)', setup='x = 5', globals={'counter': counter})
r = t.timeit(number=7)
print(type(r).__name__, r >= 0, counter)
counter.clear()
res = t.repeat(repeat=3, number=2)
print(len(res), all(v >= 0 for v in res), len(counter))
calls = []
timeit.timeit(lambda: calls.append(1), setup=lambda: calls.append('s'), number=4)
print(calls)
print(timeit.default_timer() <= timeit.default_timer())
print(len(timeit.repeat('a = 1 + 1', repeat=2, number=10)))
def f():
    f.n += 1
f.n = 0
timeit.timeit(f, number=123)
print(f.n)
timeit.timeit('f()', 'from __main__ import f', number=10)
print(f.n)
ticks = iter(range(0, 100, 3))
print(timeit.Timer('pass', timer=lambda: next(ticks)).timeit(5))
loops = []
n, took = timeit.Timer('pass', timer=iter(range(0, 10**6, 0 + 1)).__next__).autorange(lambda n, t: loops.append(n))
print(loops[:4])
print(timeit.Timer('x', setup='x = 1').timeit(0) >= 0)
ns = {}
timeit.timeit('y = 2', number=1, globals=ns)
print(ns.get('y'))
for stmt, setup in (('return 1', 'pass'), ('x = (', 'pass'), ('pass', 'if True:'),
                    (5, 'pass'), ('pass', 5)):
    try:
        timeit.Timer(stmt, setup)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.args[0])
try:
    timeit.timeit('1/0', number=3)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
