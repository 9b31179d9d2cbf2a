# Pickling list and dict subclasses (with and without instance attributes,
# nested, shared) at every protocol: CPython's exact bytes and round trips.
import pickle


class L(list):
    pass


class D(dict):
    pass


class Tagged(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 't'


class Plain:
    def __init__(self):
        self.x = 1


many = L(range(1500))
shared = L([1])
for proto in range(6):
    for obj in [L([1, 2]), D(a=1, b=[2]), Tagged([3]), L(), D(), L([L([1]), D(k=L())]),
                [shared, shared], Plain()]:
        b = pickle.dumps(obj, proto)
        r = pickle.loads(b)
        print(proto, type(obj).__name__, b)
        print('  ', type(r).__name__, r if not isinstance(r, Plain) else r.x,
              getattr(r, '__dict__', None))
    r = pickle.loads(pickle.dumps(many, proto))
    print(proto, type(r).__name__, len(r), r[-1], r == many)
    pair = pickle.loads(pickle.dumps([shared, shared], proto))
    print(proto, pair[0] is pair[1], type(pair[0]).__name__)
