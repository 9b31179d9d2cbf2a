# The Python half of the functools module: partialmethod, wraps and
# update_wrapper, lru_cache/cache, cached_property, total_ordering,
# cmp_to_key and singledispatch, from CPython 3.11's documented behaviour;
# partial, reduce and lru_cache's _lru_cache_wrapper are native
# (src/pyglue/functools.rs) and already in this namespace.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partialmethod(%s)" % ", ".join(parts)

    def __get__(self, obj, cls=None):
        func = self.func
        if isinstance(func, classmethod):
            return partial(func.__func__, cls if cls is not None else type(obj),
                           *self.args, **self.keywords)
        if isinstance(func, staticmethod):
            return partial(func.__func__, *self.args, **self.keywords)
        if obj is None:
            def unbound(cls_or_self, /, *args, **keywords):
                keywords = {**self.keywords, **keywords}
                return func(cls_or_self, *self.args, *args, **keywords)
            unbound.__partialmethod__ = self
            return unbound
        return partial(func, obj, *self.args, **self.keywords)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


_ORDER_RULES = {
    "__lt__": [("__gt__", lambda s, o, r: not (r or s == o)),
               ("__le__", lambda s, o, r: r or s == o),
               ("__ge__", lambda s, o, r: not r)],
    "__le__": [("__ge__", lambda s, o, r: not r or s == o),
               ("__lt__", lambda s, o, r: r and not s == o),
               ("__gt__", lambda s, o, r: not r)],
    "__gt__": [("__lt__", lambda s, o, r: not (r or s == o)),
               ("__ge__", lambda s, o, r: r or s == o),
               ("__le__", lambda s, o, r: not r)],
    "__ge__": [("__le__", lambda s, o, r: (not r) or s == o),
               ("__gt__", lambda s, o, r: r and not s == o),
               ("__lt__", lambda s, o, r: not r)],
}


def _derived(root, rule, name):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return rule(self, other, r)
    method.__name__ = name
    return method


def total_ordering(cls):
    roots = {op for op in _ORDER_RULES
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name, rule in _ORDER_RULES[root]:
        if name not in roots:
            setattr(cls, name, _derived(root, rule, name))
    return cls


def _make_cache_info():
    from collections import namedtuple
    return namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


_CacheInfo = None


def _cache_info(self):
    global _CacheInfo
    if _CacheInfo is None:
        _CacheInfo = _make_cache_info()
    return _CacheInfo(*self._cache_stats())


_lru_cache_wrapper.cache_info = _cache_info


def _wrapper(func, maxsize, typed):
    return update_wrapper(_lru_cache_wrapper(func, maxsize, typed), func)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different "
                            "names (%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        if self.attrname in cache:
            return cache[self.attrname]
        val = self.func(instance)
        cache[self.attrname] = val
        return val


def _mro_dispatch(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    for base, f in registry.items():
        if base is not object and issubclass(cls, base):
            return f
    return registry[object]


def singledispatch(func):
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            f = cache[cls] = _mro_dispatch(cls, registry)
            return f

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function." % (cls,))
            func = cls
            cls = next(iter(ann.values()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
        for c in _union_args(cls):
            registry[c] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument"
                            % getattr(func, "__name__", "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _proxy(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _proxy(d):
    from types import MappingProxyType
    return MappingProxyType(d)


def _is_union(t):
    return type(t).__name__ in ("UnionType", "_UnionGenericAlias")


def _union_args(t):
    return t.__args__ if _is_union(t) else (t,)


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
