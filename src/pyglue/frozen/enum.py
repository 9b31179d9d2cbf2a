# The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique,
# member/nonmember and the functional API, as CPython 3.11 behaves
# (member lookup by value and name, aliases, iteration, Flag algebra).

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith("__"))


def _is_descriptor(obj):
    # MPYDOS's functions and built-in descriptors have no __get__ attribute.
    return (isinstance(obj, (type(_is_dunder), property, classmethod, staticmethod))
            or hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                for k in value:
                    if k in self._member_names:
                        raise ValueError("_ignore_ cannot specify already set names: %r" % (k,))
            elif key == "_generate_next_value_":
                self._generate = getattr(value, "__func__", value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._auto(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._auto(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _auto(self, key, a):
        if a.value is _auto_null:
            a.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
        return a.value


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members(cls, bases)
        d = _EnumDict()
        d._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gen = getattr(first_enum, "_generate_next_value_", None)
            d._generate = getattr(gen, "__func__", gen)
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = classdict._member_names
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ns = {k: v for k, v in classdict.items() if k not in member_names}
        ns.setdefault("_ignore_", None)
        for k in classdict._ignore:
            ns.pop(k, None)
        ns.pop("_ignore_", None)
        custom_new = ns.get("__new__")
        if custom_new is None:
            for b in bases:
                custom_new = getattr(b, "_new_member_", None)
                if custom_new is not None:
                    break
        else:
            ns["_new_member_"] = custom_new
            del ns["__new__"]
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_unhashable_values_"] = []
        ns["_member_type_"] = member_type
        if boundary is not None:
            ns["_boundary_"] = boundary
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name in member_names:
            enum_class._add_member_(name, classdict[name], custom_new)
        if is_flag:
            enum_class._init_flag_()
        metacls._fix_methods_(enum_class, bases, classdict, member_type, first_enum)
        order = classdict.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _fix_methods_(enum_class, bases, classdict, member_type, first_enum):
        """Keep Enum's repr (and str/format) ahead of the mixed-in data
        type's; a direct ReprEnum subclass (IntEnum, StrEnum, IntFlag) shows
        str() and format() as its data type does."""
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in classdict:
                enum_class.__format__ = member_type.__format__
            if "__str__" not in classdict:
                method = _defined_in(member_type, "__str__")
                enum_class.__str__ = member_type.__str__ if method is not object \
                    else member_type.__repr__
        if member_type is object or first_enum is None:
            return
        if Flag is not None and issubclass(enum_class, Flag):
            # The data type's operators come first in the MRO (IntFlag's
            # int): the flag algebra must win.
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                         "__rxor__", "__invert__"):
                if name not in classdict:
                    setattr(enum_class, name, getattr(Flag, name))
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name not in classdict and _defined_in(enum_class, name) in \
                    member_type.__mro__:
                setattr(enum_class, name, getattr(first_enum, name))

    def _add_member_(cls, name, value, custom_new):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            m = custom_new(cls, *args)
        elif member_type is object:
            m = object.__new__(cls)
        else:
            m = member_type.__new__(cls, *args)
        if not hasattr(m, "_value_"):
            m._value_ = value if member_type is object else member_type(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        m._sort_order_ = len(cls._member_names_)
        m.__init__(*args)
        canonical = cls._value2member_map_.get(value) if _hashable(value) else None
        if canonical is None:
            for other in cls._unhashable_values_:
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        elif not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(value):
            cls._member_names_.append(name)
        else:
            cls._member_names_.append(name)
            m._composite_alias_ = True
        type.__setattr__(cls, name, m)
        cls._member_map_[name] = m
        if _hashable(value):
            cls._value2member_map_.setdefault(value, m)
        elif m not in cls._unhashable_values_:
            cls._unhashable_values_.append(m)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new_lookup__(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __new_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        if _hashable(value):
            m = cls._value2member_map_.get(value)
            if m is not None:
                return m
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is None and exc is None:
            result = cls._flag_missing_(value)
            if result is not None:
                return result
        ve = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a "
                            "valid member" % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve
        raise exc

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_
                if not getattr(cls._member_map_[name], "_composite_alias_", False))

    def __reversed__(cls):
        return reversed(list(cls))

    def __len__(cls):
        return len(list(cls))

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last = []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, globals().get("Enum")
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                elif "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum


EnumMeta = EnumType
Enum = ReprEnum = Flag = None


def _defined_in(cls, name):
    """The class of cls's MRO whose dict holds `name`."""
    for c in cls.__mro__:
        if name in c.__dict__:
            return c
    return None


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


def _is_single_bit(num):
    if not isinstance(num, int) or num <= 0:
        return False
    return num & (num - 1) == 0


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or self._member_type_.__repr__
        if self._member_type_ is object:
            v_repr = repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length()
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** high

    @classmethod
    def _init_flag_(cls):
        mask = 0
        for m in cls._member_map_.values():
            if isinstance(m._value_, int):
                mask |= m._value_
        type.__setattr__(cls, "_flag_mask_", mask)
        type.__setattr__(cls, "_all_bits_", 2 ** mask.bit_length() - 1)

    @classmethod
    def _flag_missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        boundary = getattr(cls, "_boundary_", STRICT)
        if value < 0:
            if boundary in (KEEP, CONFORM) or issubclass(cls, int):
                value = (cls._all_bits_ + 1 + value) & cls._all_bits_ if boundary != KEEP \
                    else max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value & ~mask:
            if boundary == STRICT:
                raise ValueError("%s: invalid value %r\n    given %s\n  allowed %s"
                                 % (cls.__name__, value, bin(value), bin(mask)))
            if boundary == CONFORM:
                value &= mask
            elif boundary == EJECT:
                return value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        mt = cls._member_type_
        m = object.__new__(cls) if mt is object else mt.__new__(cls, value)
        m._value_ = value
        names = [m._name_ for m in cls._flag_members_(value)]
        extra = value & ~mask
        if names and not extra:
            m._name_ = "|".join(names)
        elif names:
            m._name_ = "|".join(names) + "|" + hex(extra)
        else:
            m._name_ = None
        m._sort_order_ = -1
        return cls._value2member_map_.setdefault(value, m)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v = self.__class__._numeric_repr_(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v)
        return "<%s.%s: %s>" % (cls_name, self._name_, v)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    @classmethod
    def _flag_members_(cls, value):
        """The single-bit members within `value`, in definition order."""
        return [m for m in (cls._member_map_[n] for n in cls._member_names_)
                if _is_single_bit(m._value_) and m._value_ & value == m._value_]

    def __iter__(self):
        return iter(self._flag_members_(self._value_))

    def __len__(self):
        return sum(1 for _ in self)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._member_type_ is not object and getattr(self, "_boundary_", None) == KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    _numeric_repr_ = int.__repr__


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
