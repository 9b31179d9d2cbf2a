# The json module in Python: dumps/dump with indent, separators, sort_keys,
# default, ensure_ascii and allow_nan; loads/load with CPython's
# JSONDecodeError messages (line, column and char offset).


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < " ":
            out.append("\\u%04x" % ord(c))
        elif ensure_ascii and c > "~":
            n = ord(c)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, indent, separators, sort_keys, default, ensure_ascii, allow_nan, skipkeys):
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.sort_keys = sort_keys
        self.default = default
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.skipkeys = skipkeys
        self.active = []

    def key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float(k, self.allow_nan)
        if isinstance(k, int):
            return str(k)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)

    def enter(self, o):
        for a in self.active:
            if a is o:
                raise ValueError("Circular reference detected")
        self.active.append(o)

    def encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(str(o))
        elif isinstance(o, float):
            out.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, out, level)
        elif isinstance(o, dict):
            self.encode_dict(o, out, level)
        elif self.default is not None:
            self.enter(o)
            self.encode(self.default(o), out, level)
            self.active.pop()
        else:
            raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def newline(self, level):
        if self.indent is None:
            return ""
        return "\n" + self.indent * level

    def encode_list(self, o, out, level):
        if not o:
            out.append("[]")
            return
        self.enter(o)
        out.append("[")
        inner = self.newline(level + 1)
        for i, x in enumerate(o):
            if i:
                out.append(self.item_sep)
            out.append(inner)
            self.encode(x, out, level + 1)
        out.append(self.newline(level))
        out.append("]")
        self.active.pop()

    def encode_dict(self, o, out, level):
        if not o:
            out.append("{}")
            return
        self.enter(o)
        out.append("{")
        inner = self.newline(level + 1)
        items = o.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if not first:
                out.append(self.item_sep)
            first = False
            out.append(inner)
            out.append(_quote(k, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(v, out, level + 1)
        out.append(self.newline(level))
        out.append("}")
        self.active.pop()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False):
    out = []
    _Encoder(indent, separators, sort_keys, default, ensure_ascii, allow_nan, skipkeys).encode(obj, out, 0)
    return "".join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_CONSTANTS = {"null": None, "true": True, "false": False,
              "NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Decoder:
    def __init__(self, doc, object_hook, object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook

    def skip(self, i):
        doc = self.doc
        while i < len(doc) and doc[i] in _WS:
            i += 1
        return i

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.doc, pos)

    def value(self, i):
        doc = self.doc
        c = doc[i:i + 1]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        for word, v in _CONSTANTS.items():
            if doc.startswith(word, i):
                return v, i + len(word)
        return self.number(i)

    def number(self, i):
        doc = self.doc
        j = i
        if doc[j:j + 1] == "-":
            j += 1
        if doc[j:j + 1] == "0":
            j += 1
        elif "1" <= doc[j:j + 1] <= "9":
            while "0" <= doc[j:j + 1] <= "9":
                j += 1
        else:
            self.fail("Expecting value", i)
        is_float = False
        if doc[j:j + 1] == "." and "0" <= doc[j + 1:j + 2] <= "9":
            is_float = True
            j += 1
            while "0" <= doc[j:j + 1] <= "9":
                j += 1
        if doc[j:j + 1] in ("e", "E"):
            k = j + 1
            if doc[k:k + 1] in ("+", "-"):
                k += 1
            if "0" <= doc[k:k + 1] <= "9":
                is_float = True
                j = k
                while "0" <= doc[j:j + 1] <= "9":
                    j += 1
        text = doc[i:j]
        return (float(text) if is_float else int(text)), j

    def string(self, i):
        doc = self.doc
        start = i - 1
        out = []
        while True:
            j = i
            while j < len(doc) and doc[j] != '"' and doc[j] != "\\" and doc[j] >= " ":
                j += 1
            out.append(doc[i:j])
            if j >= len(doc):
                self.fail("Unterminated string starting at", start)
            c = doc[j]
            if c == '"':
                return "".join(out), j + 1
            if c != "\\":
                self.fail("Invalid control character at", j)
            e = doc[j + 1:j + 2]
            if not e:
                self.fail("Unterminated string starting at", start)
            if e != "u":
                if e not in _UNESCAPE:
                    self.fail("Invalid \\escape", j)
                out.append(_UNESCAPE[e])
                i = j + 2
                continue
            n = self.hex4(j)
            i = j + 6
            if 0xD800 <= n <= 0xDBFF and doc[i:i + 2] == "\\u":
                m = self.hex4(i)
                if 0xDC00 <= m <= 0xDFFF:
                    n = 0x10000 + ((n - 0xD800) << 10) + (m - 0xDC00)
                    i += 6
            out.append(chr(n))

    def hex4(self, j):
        h = self.doc[j + 2:j + 6]
        if len(h) != 4 or any(c not in "0123456789abcdefABCDEF" for c in h):
            self.fail("Invalid \\uXXXX escape", j + 1)
        return int(h, 16)

    def object(self, i):
        doc = self.doc
        pairs = []
        i = self.skip(i)
        if doc[i:i + 1] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            if doc[i:i + 1] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if doc[i:i + 1] != ":":
                self.fail("Expecting ':' delimiter", i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            c = doc[i:i + 1]
            if c == "}":
                return self.finish_object(pairs), i + 1
            if c != ",":
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        doc = self.doc
        items = []
        i = self.skip(i)
        if doc[i:i + 1] == "]":
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip(i)
            c = doc[i:i + 1]
            if c == "]":
                return items, i + 1
            if c != ",":
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None):
    if isinstance(s, bytes) or type(s).__name__ == "bytearray":
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    dec = _Decoder(s, object_hook, object_pairs_hook)
    value, end = dec.value(dec.skip(0))
    end = dec.skip(end)
    if end != len(s):
        dec.fail("Extra data", end)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
