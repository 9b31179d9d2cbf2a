# reprlib: size-limited reprs of containers, strings, numbers and other
# objects, custom limits, and recursive_repr
import reprlib
from collections import deque
import array
r = reprlib.repr
print(r(list(range(100))), r(tuple(range(3))), r((1,)), r(tuple(range(20))))
print(r(set(range(20))), r(frozenset('abcdefgh')), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r(deque(range(10))))
print(r('x' * 100), r('short'), r("it's" * 20), r(2 ** 200), r(12345))
print(r([[[[[[[['deep']]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {}}}}}}}))
print(r(array.array('i', range(10))), r(array.array('b')))
class Long:
    def __repr__(self):
        return 'L' * 100
class Bad:
    def __repr__(self):
        raise ValueError('no')
print(r(Long()), r(Bad()).startswith('<Bad instance at 0x'))
print(r([1, 'a', None, 2.5, Long()]))
print(r({3, 'a', 1}) in ("{1, 3, 'a'}", "{3, 'a', 1}", "{'a', 1, 3}", "{1, 'a', 3}", "{3, 1, 'a'}", "{'a', 3, 1}"))
a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.maxdict = 1
a.maxlong = 8
a.maxother = 5
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]))
print(a.repr({'k': 1, 'l': 2}), a.repr(10 ** 20), a.repr(Long()), a.repr(3.14159265358979))
class MyRepr(reprlib.Repr):
    def repr_str(self, x, level):
        return 'S<%s>' % x
print(MyRepr().repr(['hi', ('there',)]))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
n = Node('a')
n.children.append(Node('b'))
n.children.append(n)
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(' + ', '.join(map(repr, self)) + ')'
o = Other([1])
o.append(o)
print(repr(o))
