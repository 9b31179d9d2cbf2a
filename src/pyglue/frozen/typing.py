# The typing module's runtime behaviour: the special forms (Any, Union,
# Optional, Literal, ClassVar, Final, Callable...), the generic aliases of
# the built-in and collections.abc classes, TypeVar, Generic, Protocol
# (with runtime_checkable), NamedTuple, TypedDict, NewType, cast,
# overload, get_type_hints/get_origin/get_args. Annotations are not
# checked, as in CPython.

import collections.abc as _abc
import sys as _sys
from types import GenericAlias as _BuiltinAlias, UnionType as _UnionType

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if not isinstance(obj.__module__, str) or obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (_SpecialForm,)) and arg._name in ("ClassVar", "Final", "Generic",
                                                          "Protocol"):
        raise TypeError("Plain %s is not valid as type argument" % arg)
    if isinstance(arg, (int, float, bytes)) or (isinstance(arg, tuple)):
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


Any = _SpecialForm("Any", "Special type indicating an unconstrained type.")
NoReturn = _SpecialForm("NoReturn", "Special type indicating functions that never return.")
Never = _SpecialForm("Never", "The bottom type.")
Self = _SpecialForm("Self", "Used to spell the type of 'self' in classes.")
LiteralString = _SpecialForm("LiteralString", "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm("TypeAlias", "Special marker indicating an explicit type alias.")


def _tuple_params(p):
    return p if isinstance(p, tuple) else (p,)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, T], MyGeneric[int]."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        params = []
        for a in args:
            for p in _collect_params(a):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return "%s[()]" % name
        return "%s[%s]" % (name, ", ".join(_arg_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        return self.copy_with(_subst(self.__args__, self.__parameters__, params))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in bases and not (isinstance(self.__origin__, type)
                                             and issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _arg_repr(a):
    if isinstance(a, list):
        return "[%s]" % ", ".join(_arg_repr(x) for x in a)
    return _type_repr(a)


def _collect_params(a):
    if isinstance(a, (TypeVar, ParamSpec)):
        return [a]
    if isinstance(a, list):
        out = []
        for x in a:
            out.extend(_collect_params(x))
        return out
    return list(getattr(a, "__parameters__", ()) or ()) if not isinstance(a, type) else []


def _subst(args, params, new):
    new = _tuple_params(new)
    if len(new) != len(params):
        raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                        % ("many" if len(new) > len(params) else "few",
                           args, len(new), len(params)))
    m = dict(zip(params, new))
    return tuple(_subst_one(a, m) for a in args)


def _subst_one(a, m):
    if isinstance(a, (TypeVar, ParamSpec)):
        return m.get(a, a)
    if isinstance(a, list):
        return [_subst_one(x, m) for x in a]
    ps = getattr(a, "__parameters__", None)
    if ps and not isinstance(a, type):
        return a[tuple(m.get(p, p) for p in ps)]
    return a


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a concrete class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, name=None, inst=True, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _tuple_params(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for typing.%s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few",
                               self._name, len(params), self._nparams))
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        params = _tuple_params(params)
        if params == ((),):
            params = ()
        return _GenericAlias(tuple, params, "Tuple", self._inst)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        elif args is not ... and not isinstance(args, ParamSpec):
            raise TypeError("Callable[args, result]: args must be a list. Got %r" % (args,))
        return _CallableGenericAlias(args, result)


class _CallableGenericAlias(_GenericAlias):
    def __init__(self, args, result):
        flat = (args if isinstance(args, tuple) else (args,)) + (result,)
        super().__init__(_abc.Callable, flat, "Callable")
        self._cargs = args

    def __repr__(self):
        if isinstance(self._cargs, tuple):
            a = "[%s]" % ", ".join(_type_repr(x) for x in self._cargs)
        else:
            a = _type_repr(self._cargs)
        return "typing.Callable[%s, %s]" % (a, _type_repr(self.__args__[-1]))


def _alias(origin, n, name=None, inst=True):
    return _SpecialGenericAlias(origin, n, name, inst)


List = _alias(list, 1, "List", inst=False)
Dict = _alias(dict, 2, "Dict", inst=False)
Set = _alias(set, 1, "Set", inst=False)
FrozenSet = _alias(frozenset, 1, "FrozenSet", inst=False)
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Type = _alias(type, 1, "Type")
Callable = _CallableAlias(_abc.Callable, 2, "Callable")
Hashable = _alias(_abc.Hashable, 0)
Sized = _alias(_abc.Sized, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Generator = _alias(_abc.Generator, 3)
AbstractSet = _alias(_abc.Set, 1, "AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
MappingView = _alias(_abc.MappingView, 1)
Text = str


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, "Union")

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _tuple_params(parameters)
    params = []
    for p in parameters:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            subs = p.__args__
        else:
            subs = (p,)
        for s in subs:
            if s not in params:
                params.append(s)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(tuple(params))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(self, parameters):
    params = []
    for p in _tuple_params(parameters):
        if p not in params:
            params.append(p)
    return _LiteralGenericAlias(self, tuple(params), "Literal")


def _wrap_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _GenericAlias(self, (item,), self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


Union = _SpecialForm("Union", "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _SpecialForm("Optional", "Optional[X] is Union[X, None].", _optional_getitem)
Literal = _SpecialForm("Literal", "A literal value type.", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", "A class variable annotation.", _wrap_getitem)
Final = _SpecialForm("Final", "A final name annotation.", _wrap_getitem)
Required = _SpecialForm("Required", "A required TypedDict key.", _wrap_getitem)
NotRequired = _SpecialForm("NotRequired", "A TypedDict key that may be absent.",
                           _wrap_getitem)
TypeGuard = _SpecialForm("TypeGuard", "A user-defined type guard.", _wrap_getitem)
Annotated = _SpecialForm("Annotated", "A type with context-specific metadata.",
                         _annotated_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except AttributeError:
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        return arg


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return "~" + self.__name__

    @property
    def args(self):
        return _ParamSpecPart(self, "args")

    @property
    def kwargs(self):
        return _ParamSpecPart(self, "kwargs")


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return "%s.%s" % (self.__origin__.__name__, self._kind)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _tuple_params(params)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to %s[...] must all be type variables "
                                    "or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params, cls.__name__)
        ps = cls.__dict__.get("__parameters__", ())
        if len(params) != len(ps):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > len(ps) else "few",
                               cls, len(params), len(ps)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if not tvars:
            for b in cls.__bases__:
                for p in b.__dict__.get("__parameters__", ()):
                    if p not in tvars:
                        tvars.append(p)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(type(_abc.Sized)):
    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False) or cls.__dict__.get("_is_runtime", None) is None:
            if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime", False):
                if cls.__dict__.get("_is_protocol"):
                    raise TypeError("Instance and class checks can only be used with "
                                    "@runtime_checkable protocols")
            return super().__instancecheck__(instance)
        if super().__instancecheck__(instance):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True


_SPECIAL_NAMES = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                  "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                  "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
                  "__qualname__", "__init_subclass__", "__protocol_attrs__",
                  "__match_args__", "__hash__", "__eq__"}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES \
                    and attr not in ("_is_protocol", "_is_runtime"):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        if type(self)._is_protocol:
            raise TypeError("Protocols cannot be instantiated")


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % cls)
    cls._is_runtime = True
    return cls


runtime = runtime_checkable


class SupportsInt(Protocol):
    def __int__(self): ...


class SupportsFloat(Protocol):
    def __float__(self): ...


class SupportsIndex(Protocol):
    def __index__(self): ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): ...


class SupportsBytes(Protocol):
    def __bytes__(self): ...


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound,
           SupportsBytes):
    runtime_checkable(_p)
del _p


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print("Runtime type is %r" % (type(obj).__name__,), file=_sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    key = getattr(func, "__qualname__", None)
    if key is not None:
        _overload_registry.setdefault((getattr(func, "__module__", None), key), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get((getattr(func, "__module__", None),
                                         getattr(func, "__qualname__", None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except AttributeError:
            self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                        "looking for: `%s = NewType(%r, %s)`"
                        % ("ProUserId", "ProUserId", self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        a = tp._cargs
        return (list(a) if isinstance(a, tuple) else a, tp.__args__[-1])
    if isinstance(tp, (_GenericAlias, _BuiltinAlias, _UnionType)):
        return tp.__args__
    return ()


def _eval_hint(t, globalns, localns):
    if t is None:
        return type(None)
    if isinstance(t, str):
        t = eval(t, globalns, localns)
    if isinstance(t, ForwardRef):
        t = t._evaluate(globalns, localns)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = globalns
            if g is None:
                mod = _sys.modules.get(base.__module__)
                g = getattr(mod, "__dict__", {})
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, type(_sys)) or callable(obj):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None) or getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    if not include_extras:
        hints = {k: (v.__origin__ if isinstance(v, _AnnotatedAlias) else v)
                 for k, v in hints.items()}
    return hints


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        import collections
        types = ns.get("__annotations__", {})
        default_names = [n for n in types if n in ns]
        nm = collections.namedtuple(typename, list(types),
                                    defaults=[ns[n] for n in default_names],
                                    module=ns.get("__module__"))
        nm.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__") or key in types:
                continue
            if key in ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                       "_field_defaults", "_make", "_replace", "_asdict", "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nm, key, value)
        return nm


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    import collections
    fields = list(fields)
    nm = collections.namedtuple(typename, [n for n, t in fields])
    nm.__annotations__ = dict(fields)
    return nm


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required |= set(base.__dict__.get("__required_keys__", ()))
            optional |= set(base.__dict__.get("__optional_keys__", ()))
        for k, v in own.items():
            origin = getattr(v, "__origin__", None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def __getattr__(name):
    if name in ("Deque", "DefaultDict", "OrderedDict", "Counter", "ChainMap"):
        nparams = 2 if name in ("DefaultDict", "OrderedDict", "ChainMap") else 1
        real = {"Deque": "deque", "DefaultDict": "defaultdict"}.get(name, name)
        import collections
        a = _alias(getattr(collections, real), nparams, name, inst=False)
        globals()[name] = a
        return a
    raise AttributeError("module 'typing' has no attribute %r" % name)
