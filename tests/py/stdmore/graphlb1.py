# graphlib: static_order, the prepare/get_ready/done protocol, cycles and
# the misuse errors
from graphlib import TopologicalSorter, CycleError
graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
print(list(TopologicalSorter({'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
ts = TopologicalSorter()
ts.add('make', 'compile', 'link')
ts.add('compile', 'fetch')
ts.add('link', 'compile')
ts.add('fetch')
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts), ts.get_ready())
print(list(TopologicalSorter().static_order()))
for g in ({'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 0: [1]}, {'x': ['x']}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print('CycleError', e.args[0], e.args[1])
print(issubclass(CycleError, ValueError))
ts = TopologicalSorter({'b': ['a']})
for name, call in (('get_ready before prepare', ts.get_ready), ('is_active', ts.is_active),
                   ('done', lambda: ts.done('a'))):
    try:
        call()
    except ValueError as e:
        print(name, '->', e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add('c'), lambda: ts.done('zz'), lambda: ts.done('b')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
r = ts.get_ready()
ts.done(*r)
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), TopologicalSorter[int])
ts = TopologicalSorter()
ts.add(1, 2, 2)
ts.prepare()
r = ts.get_ready()
ts.done(*r)
print(r, ts.get_ready(), ts.is_active())
