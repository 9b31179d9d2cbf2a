# The collections module in Python: deque, namedtuple, OrderedDict,
# defaultdict and Counter. The interpreter cannot subclass built-in types
# yet, so these are plain classes with the same methods, reprs and errors
# (isinstance(x, dict) / isinstance(p, tuple) are False where CPython says True).
# The `collections` module (frozen/collections.py) loads this on first use.

__name__ = "collections"

import sys as _sys


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def clear(self):
        self._items = []

    def copy(self):
        return deque(self._items, self._maxlen)

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("%r is not in deque" % (value,)) from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)

    __hash__ = None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(map(str, field_names))
    for name in (typename,) + fields:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
    seen = set()
    for name in fields:
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    n = len(fields)

    def __init__(self, *args, **kwargs):
        if len(args) > n:
            least = n - len(field_defaults) + 1
            count = "%d" % (n + 1) if least == n + 1 else "from %d to %d" % (least, n + 1)
            raise TypeError("%s.__new__() takes %s positional arguments but %d were given" % (typename, count, len(args) + 1))
        for name in kwargs:
            if name in fields[:len(args)]:
                raise TypeError("%s.__new__() got multiple values for argument %r" % (typename, name))
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, name))
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            names = ", ".join(repr(m) for m in missing)
            if len(missing) == 2:
                names = names.replace(", ", " and ")
            elif len(missing) > 2:
                head, last = names.rsplit(", ", 1)
                names = head + ", and " + last
            raise TypeError("%s.__new__() missing %d required positional argument%s: %s" % (
                typename, len(missing), "" if len(missing) == 1 else "s", names))
        self._values = tuple(values)

    def __repr__(self):
        return typename + "(" + ", ".join("%s=%r" % p for p in zip(fields, self._values)) + ")"

    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self._values)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _other(other):
        return other._values if hasattr(other, "_values") and hasattr(other, "_fields") else other

    namespace = {
        "__init__": __init__,
        "__repr__": __repr__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "_asdict": _asdict,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__len__": lambda self: n,
        "__iter__": lambda self: iter(self._values),
        "__getitem__": lambda self, i: self._values[i],
        "__contains__": lambda self, x: x in self._values,
        "__hash__": lambda self: hash(self._values),
        "__eq__": lambda self, o: self._values == _other(o),
        "__ne__": lambda self, o: self._values != _other(o),
        "__lt__": lambda self, o: self._values < _other(o),
        "__le__": lambda self, o: self._values <= _other(o),
        "__gt__": lambda self, o: self._values > _other(o),
        "__ge__": lambda self, o: self._values >= _other(o),
        "__add__": lambda self, o: self._values + _other(o),
        "__radd__": lambda self, o: _other(o) + self._values,
        "count": lambda self, x: self._values.count(x),
        "index": lambda self, x: self._values.index(x),
        "__getnewargs__": lambda self: self._values,
    }
    for i, name in enumerate(fields):
        namespace[name] = property(lambda self, i=i: self._values[i])
    if module is None:
        # The caller's module, as CPython records it.
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    namespace["__module__"] = module
    return type(typename, (), namespace)


class _DictLike:
    # The mapping methods shared by OrderedDict, defaultdict and Counter, over self._d.
    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, k):
        return k in self._d

    def __getitem__(self, k):
        try:
            return self._d[k]
        except KeyError:
            return self.__missing__(k)

    def __missing__(self, k):
        raise KeyError(k)

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            other = other._d
        return self._d == other

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, k, *default):
        return self._d.pop(k, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)

    def update(self, *args, **kwargs):
        for other in args:
            if isinstance(other, _DictLike):
                other = other._d
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self._d.clear()

    def __bool__(self):
        return bool(self._d)

    __hash__ = None


class OrderedDict(_DictLike):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = value
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self._d))) if last else next(iter(self._d))
        return key, self._d.pop(key)

    def copy(self):
        return OrderedDict(self._d)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictLike.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._d.items()),)


class defaultdict(_DictLike):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        return "defaultdict(%r, %r)" % (self.default_factory, self._d)


class Counter(_DictLike):
    def __init__(self, iterable=None, **kwargs):
        self._d = {}
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, _DictLike):
                iterable = iterable._d
            if hasattr(iterable, "keys"):
                for k in iterable.keys():
                    self._d[k] = self[k] + iterable[k]
            else:
                for k in iterable:
                    self._d[k] = self[k] + 1
        for k, v in kwargs.items():
            self._d[k] = self[k] + v

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self._d.values())

    def __repr__(self):
        if not self._d:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())
