# copyreg: pickle and copy consult its dispatch_table (complex is there),
# copyreg.pickle() for a user type, a pickler's own dispatch_table and
# reducer_override, and extension codes (EXT1/EXT2/EXT4).
import copy
import copyreg
import io
import pickle

z = 1 + 2j
for p in range(6):
    b = pickle.dumps(z, protocol=p)
    print(p, b, pickle.loads(b))
print(pickle.loads(pickle.dumps([1j, {2j: -0j}, complex(float('inf'), -0.0)])))
print(copy.copy(z), copy.deepcopy([z, (3j,)]))
print(copyreg.dispatch_table[complex](3 - 4j))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def make_point(x, y):
    return Point(x, y)


def reduce_point(p):
    return make_point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
for p in (0, 2, 4):
    b = pickle.dumps(Point(1, 2), protocol=p)
    print(p, b, pickle.loads(b))
print(copy.copy(Point(3, 4)), copy.deepcopy(Point([5], 6)))
try:
    copyreg.pickle(Point, 42)
except TypeError as e:
    print('TypeError', e)
try:
    copyreg.pickle(Point, reduce_point, 'not callable')
except TypeError as e:
    print('TypeError', e)
del copyreg.dispatch_table[Point]


class Own(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}


f = io.BytesIO()
Own(f, 2).dump(1 + 5j)
print(f.getvalue(), pickle.loads(f.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return make_point, (obj.y, obj.x)
        return NotImplemented


f = io.BytesIO()
Override(f, 3).dump([Point(1, 2), 7])
print(f.getvalue(), pickle.loads(f.getvalue()))

for code in (5, 300, 70000):
    copyreg.add_extension(__name__, 'make_point', code)
    b = pickle.dumps(make_point, protocol=2)
    print(code, b, pickle.loads(b) is make_point)
    print(pickle.dumps(make_point, protocol=1))
    copyreg.remove_extension(__name__, 'make_point', code)
copyreg.add_extension(__name__, 'make_point', 9)
copyreg.add_extension(__name__, 'make_point', 9)
for bad in [(__name__, 'make_point', 10), (__name__, 'other', 9), (__name__, 'x', 0)]:
    try:
        copyreg.add_extension(*bad)
    except ValueError as e:
        print('ValueError', e)
b = pickle.dumps(make_point, protocol=2)
copyreg.remove_extension(__name__, 'make_point', 9)
copyreg.clear_extension_cache()
try:
    pickle.loads(b)
except ValueError as e:
    print('ValueError', e)
try:
    copyreg.remove_extension(__name__, 'make_point', 9)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.loads(b'\x80\x02\x82\x00.')
except Exception as e:
    print(type(e).__name__, e)
