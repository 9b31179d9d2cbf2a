# Python subclasses of built-in types that are not containers:
# types.ModuleType (constructing, __getattr__, __class__ assignment),
# array.array, and the iterator types map/zip/filter/enumerate/reversed.
import sys
import types
from array import array


class Lazy(types.ModuleType):
    def __init__(self, name):
        super().__init__(name, 'a lazy module')
        self.loaded = []

    def __getattr__(self, name):
        self.loaded.append(name)
        return name.upper()

    def hello(self):
        return 'hello from ' + self.__name__


m = Lazy('lazy')
print(type(m).__name__, isinstance(m, types.ModuleType), m.__name__, m.__doc__)
print(m.foo, m.bar, m.loaded, m.hello())
m.x = 5
print(m.x, 'x' in m.__dict__)
plain = types.ModuleType('plain')
plain.value = 1


class Watched(types.ModuleType):
    def __getattr__(self, name):
        return 'missing ' + name


plain.__class__ = Watched
print(type(plain).__name__, plain.value, plain.other)
try:
    plain.__class__ = int
except TypeError as e:
    print('TypeError', e)


class Bytes(array):
    def total(self):
        return sum(self)


b = Bytes('i', [1, 2, 3])
b.append(4)
b.note = 'n'
print(type(b).__name__, b.total(), len(b), b[1:3].tolist(), isinstance(b, array), b.note, b.typecode)


class Squares(map):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x * x, it)


print(list(Squares([1, 2, 3])), isinstance(Squares([]), map))


class Pairs(zip):
    pass


class Evens(filter):
    def __next__(self):
        return super().__next__() * 100


class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return '%d:%s' % (i, v)


class Back(reversed):
    pass


print(list(Pairs('ab', 'cd')), list(Evens(lambda x: x % 2 == 0, range(7))))
print(list(Numbered('xyz', 1)), list(Back([1, 2, 3])), type(Back('ab')).__name__)
print(isinstance(map(len, []), map), issubclass(Squares, map), map.__name__, type(zip()).__name__)
for bad in (type(lambda: 0), type(None)):
    try:
        type('X', (bad,), {})
    except TypeError as e:
        print('TypeError', e)
