# The abc module: ABCMeta (abstract methods stop instantiation; register()
# and __subclasshook__ widen isinstance/issubclass), ABC, abstractmethod,
# the abstract class/static method and property forms, get_cache_token
# and update_abstractmethods.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated forms: MPYDOS cannot subclass classmethod, staticmethod
# or property, so these return the plain descriptor over an abstract
# function (which _is_abstract sees through).
def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    return property(fget and abstractmethod(fget), fset, fdel, doc)


_token = [0]


def get_cache_token():
    return _token[0]


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    f = getattr(value, "__func__", None)
    if f is not None and getattr(f, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(x, "__isabstractmethod__", False)
                   for x in (value.fget, value.fset, value.fdel))
    return False


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_cache = {}
        cls._abc_negative = {}
        cls._abc_version = _token[0]
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__") \
            if "__abstractmethods__" in cls.__dict__ else cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "",
                               ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        sub = type(instance)
        if cls.__subclasscheck__(sub):
            return True
        sub2 = getattr(instance, "__class__", sub)
        return sub2 is not sub and cls.__subclasscheck__(sub2)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        cache = cls._abc_cache
        if subclass in cache:
            return True
        if cls._abc_version != _token[0]:
            cls._abc_negative = {}
            cls._abc_version = _token[0]
        elif subclass in cls._abc_negative:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                cache[subclass] = True
            else:
                cls._abc_negative[subclass] = True
            return bool(ok)
        if cls in subclass.__mro__:
            cache[subclass] = True
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cache[subclass] = True
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cache[subclass] = True
                return True
        cls._abc_negative[subclass] = True
        return False

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative.clear()


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
