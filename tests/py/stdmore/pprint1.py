# pprint: wrapping of dicts, lists, tuples, sets and strings at several widths
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'mpydos', 'versions': [3, 11, 7], 'tags': ('dos', 'rust', 'python'),
        'nested': {'a': list(range(30)), 'b': {'x': 1.5, 'y': None, 'z': True}},
        'set': {1, 3, 4, 5}, 'fs': frozenset({1, 2}), 'empty': {}, 'e2': [],
        'one': (1,), 'bytes': b'0123456789abcdefghij' * 3}
pprint.pprint(data)
for w in (10, 20, 40, 60, 120):
    print('--- width', w)
    pprint.pprint(data, width=w)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=30))
pprint.pp(data, width=40)
print(pprint.pformat(data, sort_dicts=False))
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat([list(range(10))] * 6, compact=True, width=40))
print(pprint.pformat([[1, 2, 3]] * 5, width=20))
s = ('The quick brown fox jumps over the lazy dog. ' * 6).strip()
pprint.pprint(s)
pprint.pprint(s, width=30)
pprint.pprint({'text': s, 'lines': 'one\ntwo\nthree ' * 10})
pprint.pprint([s[:50], s[:90]], width=40)
pprint.pprint(b'\x00\x01' * 40)
pprint.pprint(bytearray(b'abcd' * 30))
pprint.pprint({'k': bytearray(b'xyz' * 30)})
pprint.pprint({10**12: 12345678901234567890}, underscore_numbers=True)
print(pprint.pformat([10**20] * 5, underscore_numbers=True, width=30))
pprint.pprint(OrderedDict((str(i), i) for i in range(15)))
pprint.pprint(defaultdict(list, {'a': list(range(20)), 'b': list(range(20))}))
pprint.pprint(Counter('abracadabra' * 10), width=30)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(OrderedDict())
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(40)))
pprint.pprint(set(), width=1)
pprint.pprint((1, 2, 3) * 10, width=20)
pprint.pprint(((1,),) * 3, width=5)
pprint.pprint({3: 'c', None: 0, 'a': 1, (1, 2): 2}, width=15)
pprint.pprint({1, 'a', None, 2.5}, width=5)
pprint.pprint([], width=1)
pprint.pprint('', width=1)
pprint.pprint([[[[[[['deep']]]]]]], depth=3)
class R(list):
    def __repr__(self):
        return 'R!'
pprint.pprint([R([1]), R()] * 30)
class L(list):
    pass
pprint.pprint(L(range(30)))
