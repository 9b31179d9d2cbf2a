# pprint: pretty-printing of Python data as CPython 3.11 lays it out
# (pprint, pformat, pp, PrettyPrinter, isreadable, isrecursive, saferepr).
# A repr that fits in the width left is written as is; otherwise dicts,
# lists, tuples, sets, strings, bytes and the collections types are split
# one item a line, strings at word boundaries.

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """The pretty-printed form of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr of object that shows recursion instead of recursing."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object could be read back by eval."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    # Orders values of types that do not compare with each other (None and
    # ints in one set) by type name and id, so sorting never raises.
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _pair_key(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _bytes_chunks(data, width, allowance):
    # data's repr cut into pieces of whole 4-byte groups, each fitting width
    # (the last one also leaving room for allowance).
    pieces = []
    current = b''
    last = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        joined = current + group
        if start == last:
            width -= allowance
        if len(repr(joined)) > width:
            if current:
                pieces.append(repr(current))
            current = group
        else:
            current = joined
    if current:
        pieces.append(repr(current))
    return pieces


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        # io and re are imported when first needed, so that importing
        # pprint costs less memory on DOS.
        from io import StringIO
        out = StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout ----------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            split = self._dispatch.get(type(object).__repr__)
            if split is None and self._is_plain_dataclass(object):
                split = PrettyPrinter._pprint_dataclass
            if split is not None:
                context[key] = 1
                split(self, object, stream, indent, allowance, context,
                      level + 1)
                del context[key]
                return
        stream.write(rep)

    def _is_plain_dataclass(self, object):
        params = getattr(type(object), '__dataclass_params__', None)
        if params is None or isinstance(object, type) or not params.repr:
            return False
        return _generated_repr(type(object))

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        name = type(object).__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in object.__dataclass_fields__.values() if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        self._format_items(sorted(object, key=_SafeKey), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        pieces = []
        lines = object.splitlines(True)
        room = self._width - indent
        room_last = room
        for n, line in enumerate(lines):
            last_line = n == len(lines) - 1
            if last_line:
                room_last -= allowance
            rep = repr(line)
            if len(rep) <= room_last:
                pieces.append(rep)
                continue
            # Words with their trailing blanks, packed greedily.
            import re
            words = re.findall(r'\S*\s*', line)[:-1]
            limit = room
            current = ''
            for m, word in enumerate(words):
                joined = current + word
                if last_line and m == len(words) - 1:
                    limit -= allowance
                if len(repr(joined)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = joined
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, rml))

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        for n, (key, value) in enumerate(items):
            last = n == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep + ': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        newline = ',\n' + ' ' * indent
        for n, (key, value) in enumerate(items):
            last = n == len(items) - 1
            stream.write(key + '=')
            if id(value) in context:
                # A self-reference shows as "..." here, as CPython does.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        sep = ''
        room = full = self._width - indent + 1
        items = list(items)
        for n, item in enumerate(items):
            last = n == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep + rep)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # -- one-line form ---------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        own = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and own is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(cls, dict) and own is dict.__repr__:
            if not object:
                return "{}", True, False
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            return self._safe_join(object, items, "{%s}", True, context,
                                   maxlevels, level)
        if issubclass(cls, list) and own is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_join(object, object, "[%s]", False, context,
                                   maxlevels, level)
        if issubclass(cls, tuple) and own is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_join(object, object, shape, False, context,
                                   maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_join(self, object, items, shape, pairs, context, maxlevels,
                   level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                krep, kread, krec = self.format(item[0], context, maxlevels,
                                                level)
                vrep, vread, vrec = self.format(item[1], context, maxlevels,
                                                level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                rep, read, rec = self.format(item, context, maxlevels, level)
                parts.append(rep)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return shape % ", ".join(parts), readable, recursive


def _generated_repr(cls):
    # Whether cls.__repr__ is the one @dataclass wrote (dataclasses.py's
    # _repr_fn), not one from the class body.
    fn = getattr(cls.__repr__, '__wrapped__', cls.__repr__)
    return (getattr(fn, '__module__', None) == 'dataclasses' and
            getattr(fn, '__qualname__', '').endswith('.__repr__'))


def _dispatch_table():
    import collections as _c
    P = PrettyPrinter
    table = {
        dict.__repr__: P._pprint_dict,
        list.__repr__: P._pprint_list,
        tuple.__repr__: P._pprint_tuple,
        set.__repr__: P._pprint_set,
        frozenset.__repr__: P._pprint_set,
        str.__repr__: P._pprint_str,
        bytes.__repr__: P._pprint_bytes,
        bytearray.__repr__: P._pprint_bytearray,
    }
    for cls, fn in ((_c.OrderedDict, P._pprint_ordered_dict),
                    (_c.defaultdict, P._pprint_default_dict),
                    (_c.Counter, P._pprint_counter),
                    (_c.deque, P._pprint_deque)):
        if cls.__repr__ not in table:
            table[cls.__repr__] = fn
    return table


PrettyPrinter._dispatch = _dispatch_table()
