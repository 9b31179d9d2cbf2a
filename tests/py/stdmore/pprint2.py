# pprint: recursion, readability, saferepr, PrettyPrinter options and errors
import pprint, io
a = [1, 2]
a.append(a)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(a)[:22], pprint.isrecursive(a), pprint.isreadable(a))
print(pprint.saferepr(d)[:25], pprint.isrecursive(d), pprint.isreadable(d))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()))
print(pprint.isreadable({1: {2: 3}}), pprint.isrecursive([[1], [2]]))
print(pprint.saferepr({'b': 1, 'a': [1, 2, {'c': 3}]}))
pp = pprint.PrettyPrinter(width=20)
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]), pp.isreadable(a))
out = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=out, compact=True)
pp.pprint({'numbers': list(range(25)), 'word': 'hello world ' * 4})
print(out.getvalue(), end='')
print(pp.pformat(list(range(12))))
print(pprint.pformat(a).startswith('[1, 2, <Recursion on list with id='))
b = [a] * 2
print(pprint.pformat(b, width=10).count('Recursion'))
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'indent': 'x'}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class P(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(P(width=20).pformat({'a': ['hello', 'there', 'world']}))
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    hidden: list = field(default_factory=list, repr=False)
pprint.pprint(Point(1, 2))
pprint.pprint([Point(i, i * i, 'point number %d' % i) for i in range(3)])
pprint.pprint(Point(10**30, [1] * 40, 'x' * 50))
