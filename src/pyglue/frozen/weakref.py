# weakref: weak references (ref, proxy, WeakMethod), the weak containers
# (WeakValueDictionary, WeakKeyDictionary, WeakSet) and finalize, over the
# native registry (src/pyglue/weakref.rs: _register, _target, _refs,
# getweakrefcount). A reference's callback runs once its object is freed,
# at the interpreter's next safe point (a call, a loop turn, a `del`).

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    def __new__(cls, ob, callback=None):
        if callback is None and cls is ReferenceType:
            for r in _refs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        self.__callback__ = callback
        _register(self, ob, callback is not None)
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return _target(self)

    def __hash__(self):
        h = self.__dict__.get("_hash")
        if h is None:
            ob = _target(self)
            if ob is None:
                raise TypeError("weak object has gone away")
            h = self.__dict__["_hash"] = hash(ob)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    __class_getitem__ = classmethod(lambda cls, item: cls)


ReferenceType.__name__ = ReferenceType.__qualname__ = "ReferenceType"
ref = ReferenceType


def getweakrefs(ob):
    try:
        return _refs(ob)
    except TypeError:
        return []


class WeakMethod(ref):
    """A weak reference to a bound method, alive while its object is."""

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(
                type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return ref.__hash__(self)


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


def _live(p):
    ob = object.__getattribute__(p, "_ref")()
    if ob is None:
        _dead()
    return ob


class ProxyType:
    def __init__(self, ob, callback=None):
        me = self
        cb = None if callback is None else (lambda r: callback(me))
        object.__setattr__(self, "_ref", ref(ob, cb))

    def __getattribute__(self, name):
        return getattr(_live(self), name)

    def __setattr__(self, name, value):
        setattr(_live(self), name, value)

    def __delattr__(self, name):
        delattr(_live(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_ref")()
        if ob is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_live(self))

    def __bool__(self):
        return bool(_live(self))

    def __len__(self):
        return len(_live(self))

    def __iter__(self):
        return iter(_live(self))

    def __contains__(self, x):
        return x in _live(self)

    def __getitem__(self, k):
        return _live(self)[k]

    def __setitem__(self, k, v):
        _live(self)[k] = v

    def __delitem__(self, k):
        del _live(self)[k]

    def __eq__(self, o):
        return _live(self) == o

    def __ne__(self, o):
        return _live(self) != o

    def __lt__(self, o):
        return _live(self) < o

    def __le__(self, o):
        return _live(self) <= o

    def __gt__(self, o):
        return _live(self) > o

    def __ge__(self, o):
        return _live(self) >= o

    def __add__(self, o):
        return _live(self) + o

    def __radd__(self, o):
        return o + _live(self)

    def __sub__(self, o):
        return _live(self) - o

    def __rsub__(self, o):
        return o - _live(self)

    def __mul__(self, o):
        return _live(self) * o

    def __rmul__(self, o):
        return o * _live(self)

    def __truediv__(self, o):
        return _live(self) / o

    def __neg__(self):
        return -_live(self)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _live(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    cls = CallableProxyType if callable(ob) else ProxyType
    return cls(ob, callback)


class _KeyedRef(ref):
    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class _WeakMapping:
    """What WeakValueDictionary and WeakKeyDictionary share, built on their
    own __iter__, items() and __setitem__; `data` is the dict inside."""

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return iter(self)

    def values(self):
        for _, v in self.items():
            yield v

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def clear(self):
        self.data.clear()


class WeakValueDictionary(_WeakMapping):
    def __init__(self, other=(), /, **kw):
        self_wr = ref(self)

        def remove(wr):
            self = self_wr()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = _KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def get(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            return default
        return default if o is None else o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = o = default
        return o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def update(self, other=(), /, **kw):
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new


class WeakKeyDictionary(_WeakMapping):
    def __init__(self, dict=None):
        self_wr = ref(self)

        def remove(k):
            self = self_wr()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v


class WeakSet:
    def __init__(self, data=None):
        self_wr = ref(self)

        def remove(item):
            self = self_wr()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(o) for o in self) if len(self) else "WeakSet()"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for o in other:
            self.add(o)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __ior__(self, other):
        self.update(other)
        return self

    def _ops(self, other, op):
        return type(self)(op(set(self), set(other)))

    def union(self, other):
        return self._ops(other, set.union)

    __or__ = union

    def intersection(self, other):
        return self._ops(other, set.intersection)

    __and__ = intersection

    def difference(self, other):
        return self._ops(other, set.difference)

    __sub__ = difference

    def symmetric_difference(self, other):
        return self._ops(other, set.symmetric_difference)

    __xor__ = symmetric_difference

    def issubset(self, other):
        return set(self) <= set(other)

    __le__ = issubset

    def issuperset(self, other):
        return set(self) >= set(other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return not (set(self) & set(other))


class finalize:
    """Call func(*args, **kwargs) when obj is freed, unless called or
    detached before (at most once)."""

    _registry = {}
    _index = 0

    class _Info:
        pass

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
