# The operator module: the operators as functions (lt, add, getitem...),
# their in-place forms (iadd...), and itemgetter, attrgetter (dotted
# names) and methodcaller, with CPython 3.11's reprs and errors.


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return bool(a)


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


_abs = abs


def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    return a.__index__()


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError("__length_hint__ must be integer, not %s" % type(val).__name__)
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


class attrgetter:
    __slots__ = ("_attrs", "_call")

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for n in names:
            if not isinstance(n, str):
                raise TypeError("attribute name must be a string")
        self._attrs = names
        parts = tuple(tuple(n.split(".")) for n in names)
        if len(parts) == 1:
            p = parts[0]
            self._call = lambda obj: _resolve(obj, p)
        else:
            self._call = lambda obj: tuple(_resolve(obj, p) for p in parts)

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))


def _resolve(obj, parts):
    for name in parts:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    __slots__ = ("_items", "_call")

    def __init__(self, item, *items):
        if not items:
            self._items = (item,)
            self._call = lambda obj: obj[item]
        else:
            self._items = items = (item,) + items
            self._call = lambda obj: tuple(obj[i] for i in items)

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))


class methodcaller:
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend("%s=%r" % (k, v) for k, v in self._kwargs.items())
        return "operator.methodcaller(%s)" % ", ".join(args)


for _n in ("lt", "le", "eq", "ne", "ge", "gt", "not_", "abs", "add", "and_",
           "floordiv", "index", "inv", "invert", "lshift", "mod", "mul", "matmul",
           "neg", "or_", "pos", "pow", "rshift", "sub", "truediv", "xor", "concat",
           "contains", "delitem", "getitem", "setitem", "iadd", "iand", "iconcat",
           "ifloordiv", "ilshift", "imod", "imul", "imatmul", "ior", "ipow",
           "irshift", "isub", "itruediv", "ixor"):
    globals()["__%s__" % _n.rstrip("_")] = globals()[_n]
del _n
