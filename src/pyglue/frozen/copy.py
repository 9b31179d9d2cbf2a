# The copy module: copy and deepcopy (with the memo dict, cycles,
# __copy__/__deepcopy__, copyreg's dispatch_table, and __reduce_ex__(4)
# for other classes).

import types
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           types.FunctionType, types.BuiltinFunctionType, type(...),
           type(NotImplemented), property)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    f = getattr(cls, "__copy__", None)
    if f is not None:
        return f(x)
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        f = getattr(x, "__deepcopy__", None)
        if f is not None:
            y = f(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _reduce(x):
    reductor = dispatch_table.get(type(x))
    if reductor is not None:
        return reductor(x)
    f = getattr(type(x), "__reduce_ex__", None)
    if f is not None:
        try:
            rv = f(x, 4)
        except TypeError:
            rv = None
        if rv is not None:
            if isinstance(rv, str):
                return (rv,)
            return rv
    f = getattr(x, "__reduce__", None)
    if f is not None:
        try:
            return f()
        except TypeError:
            pass
    d = getattr(x, "__dict__", None)
    if d is None and not hasattr(type(x), "__slots__"):
        raise Error("un(deep)copyable object of type %s" % type(x))
    return (_new_of, (type(x),), _state_of(x))


def _new_of(cls):
    return cls.__new__(cls)


def _state_of(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return getstate(x)
    d = getattr(x, "__dict__", None)
    slots = {}
    for c in type(x).__mro__:
        for name in c.__dict__.get("__slots__", ()):
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (d or None, slots)
    return d or None


def _reconstruct(x, memo, func, args=(), state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y

