# The types module: names for the interpreter's built-in types,
# SimpleNamespace, MappingProxyType, GenericAlias (what list[int] makes),
# new_class/prepare_class/resolve_bases and the coroutine decorator.

import sys


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = LambdaType = type(_f)
CodeType = type(_f.__code__)
CoroutineType = type(_c)
GeneratorType = type(_g())
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
CellType = type(_f.__closure__[0]) if _f.__closure__ else None
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
del _f, _c, _g, _ag, _C


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __contains__(self, key):
        return key in self._m

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __eq__(self, other):
        return self._m == other

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __or__(self, other):
        return dict(self._m) | dict(other)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)

    def __str__(self):
        return str(self._m)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


def _type_repr(t):
    if isinstance(t, type):
        if not isinstance(t.__module__, str) or t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if t is ...:
        return "..."
    if isinstance(t, FunctionType):
        return t.__name__
    return repr(t)


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = tuple(a for a in self.__args__
                                    if hasattr(a, "__typing_subst__"))

    def __repr__(self):
        if self.__args__ == ():
            args = "()"
        else:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        r = self.__origin__(*args, **kwargs)
        try:
            r.__orig_class__ = self
        except Exception:
            pass
        return r

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % self)
        import typing
        return GenericAlias(self.__origin__,
                            typing._subst(self.__args__, self.__parameters__, item))


class UnionType:
    """What `int | str` makes."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if hasattr(a, "__typing_subst__"))

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._classes("isinstance"))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._classes("issubclass"))

    def _classes(self, fn):
        for a in self.__args__:
            if not isinstance(a, type):
                raise TypeError("%s() argument 2 cannot contain a parameterized generic"
                                % fn)
        return self.__args__


def _union_or(a, b):
    """`a | b` for types, None, generic aliases and unions; NotImplemented
    for anything else."""
    args = []
    for x in (a, b):
        if x is None:
            x = NoneType
        if isinstance(x, UnionType):
            parts = x.__args__
        elif isinstance(x, (type, GenericAlias)) or hasattr(x, "__typing_subst__"):
            parts = (x,)
        else:
            return NotImplemented
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def resolve_bases(bases):
    out = []
    changed = False
    for b in bases:
        if not isinstance(b, type) and hasattr(b, "__mro_entries__"):
            new = b.__mro_entries__(bases)
            if not isinstance(new, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            out.extend(new)
            changed = True
        else:
            out.append(b)
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for b in bases:
            bt = type(b)
            if issubclass(meta, bt):
                continue
            if issubclass(bt, meta):
                meta = bt
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class "
                            "must be a (non-strict) subclass of the metaclasses "
                            "of all its bases")
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    """Mark a generator function as usable in await (MPYDOS awaits plain
    generators already, so this checks its argument and returns it)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func
