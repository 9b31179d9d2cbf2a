# The dataclasses module: @dataclass (init, repr, eq, order, unsafe_hash,
# frozen, match_args, kw_only, slots), field, fields, asdict, astuple,
# replace, is_dataclass, make_dataclass, InitVar, KW_ONLY and
# __post_init__. The generated methods are compiled from source text,
# once per class, so they run (and fail) like hand-written ones.

import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _Sentinel:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


MISSING = _Sentinel("<dataclasses._MISSING_TYPE object>")
_HAS_DEFAULT_FACTORY = _Sentinel("<factory>")


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_FIELD = _Sentinel("_FIELD")
_FIELD_CLASSVAR = _Sentinel("_FIELD_CLASSVAR")
_FIELD_INITVAR = _Sentinel("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % t

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            metadata = {}
        from types import MappingProxyType
        self.metadata = MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,"
                "frozen=%r)" % (self.init, self.repr, self.eq, self.order,
                                self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith(("ClassVar", "typing.ClassVar"))
    return a_type is _typing_attr("ClassVar") or getattr(a_type, "__origin__", None) \
        is _typing_attr("ClassVar")


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith(("InitVar", "dataclasses.InitVar"))
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type in ("KW_ONLY", "dataclasses.KW_ONLY")
    return a_type is KW_ONLY


def _typing_attr(name):
    import sys
    typing = sys.modules.get("typing")
    return getattr(typing, name, MISSING) if typing is not None else MISSING


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and type(f.default) in (list, dict, set):
        raise ValueError("mutable default %s for field %s is not allowed: use "
                         "default_factory" % (type(f.default), f.name))
    return f


def _create_fn(name, args, body, globals, return_type=None):
    src = "def %s(%s):\n%s" % (name, ", ".join(args),
                               "\n".join("    " + b for b in body) or "    pass")
    ns = {}
    exec(src, globals, ns)
    return ns[name]


def _field_init(f, frozen, self_name, globals):
    default_name = "__dataclass_dflt_%s__" % f.name
    if f.default_factory is not MISSING:
        globals[default_name] = f.default_factory
        if f.init:
            value = "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (
                default_name, f.name, f.name)
        else:
            value = "%s()" % default_name
    else:
        if f.init:
            if f.default is not MISSING:
                globals[default_name] = f.default
            value = f.name
        elif f.default is not MISSING:
            globals[default_name] = f.default
            value = default_name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s, %r, %s)" % (
            self_name, f.name, value)
    return "%s.%s = %s" % (self_name, f.name, value)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default_factory is not MISSING:
        return "%s=__dataclass_HAS_DEFAULT_FACTORY__" % f.name
    return "%s=__dataclass_dflt_%s__" % (f.name, f.name)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument"
                                % f.name)
    g = dict(globals)
    g["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_DEFAULT_FACTORY
    g["__dataclass_builtins_object__"] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, self_name, g)
        if line:
            body.append(line)
    if has_post_init:
        params = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, params))
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ["*"] + [_init_param(f) for f in kw_only_fields]
    return _create_fn("__init__", args, body, g)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if isinstance(value, type(_set_new_attribute)):
        value.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    setattr(cls, name, value)
    return False


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return "(%s,)" % ",".join("%s.%s" % (obj_name, f.name) for f in fields)


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return "%s(%s)" % (self.__class__.__qualname__,
                               ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))
        finally:
            _repr_running.discard(key)
    return __repr__


_repr_running = set()


def _cmp_fn(name, op, fields, globals):
    self_tuple = _tuple_str("self", fields)
    other_tuple = _tuple_str("other", fields)
    return _create_fn(name, ("self", "other"),
                      ["if other.__class__ is self.__class__:",
                       "    return %s %s %s" % (self_tuple, op, other_tuple),
                       "return NotImplemented"], globals)


def _frozen_fns(cls, fields, globals):
    g = dict(globals)
    g["FrozenInstanceError"] = FrozenInstanceError
    g["__dataclass_cls__"] = cls
    names = "(%s)" % "".join(repr(f.name) + "," for f in fields) if fields else "()"
    cond = "type(self) is __dataclass_cls__ or name in %s" % names
    setter = _create_fn("__setattr__", ("self", "name", "value"),
                        ["if %s:" % cond,
                         "    raise FrozenInstanceError(f\"cannot assign to field {name!r}\")",
                         "super(__dataclass_cls__, self).__setattr__(name, value)"], g)
    deleter = _create_fn("__delattr__", ("self", "name"),
                         ["if %s:" % cond,
                          "    raise FrozenInstanceError(f\"cannot delete field {name!r}\")",
                          "super(__dataclass_cls__, self).__delattr__(name)"], g)
    for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
        if _set_new_attribute(cls, name, fn):
            raise TypeError("Cannot overwrite attribute %s in class %s"
                            % (name, cls.__name__))


def _hash_fn(fields, globals):
    return _create_fn("__hash__", ("self",), ["return hash(%s)" % _tuple_str("self", fields)],
                      globals)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    fields = {}
    globals = {}
    mod = __import__("sys").modules.get(cls.__module__)
    if mod is not None:
        globals = mod.__dict__
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw = kw_only
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_):
            kw = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_init = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init if f.init and not f.kw_only]
    kw_init = [f for f in all_init if f.init and f.kw_only]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _init_fn(all_init, std_init, kw_init, frozen, has_post_init,
                                    "__dataclass_self__" if "self" in fields else "self",
                                    globals))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr]))
    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", "==", cmp_fields, globals))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, cmp_fields, globals)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider "
                                "using functools.total_ordering" % (name, cls.__name__))
    if frozen:
        _frozen_fns(cls, field_list, globals)
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _hash_fn(hash_fields, globals)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(hash_fields, globals)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _annotation_text(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


def _param_text(f):
    text = "%s: %s" % (f.name, _annotation_text(f.type))
    if f.default_factory is not MISSING:
        return text + " = <factory>"
    if f.default is not MISSING:
        return text + " = " + repr(f.default)
    return text


def _signature_text(std_fields, kw_fields):
    """The `(x: int, y: int = 0)` that CPython's generated __doc__ shows."""
    params = [_param_text(f) for f in std_fields]
    if kw_fields:
        params += ["*"] + [_param_text(f) for f in kw_fields]
    return "(%s)" % ", ".join(params)


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict["__slots__"] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, module=None):
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    namespace["__module__"] = module or "types"
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots)
