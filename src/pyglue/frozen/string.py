# The string module: the character-class constants, capwords, Template
# ($-substitution) and Formatter (str.format's engine, overridable).

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == "_" or c.isalpha()


def _is_ident_char(c):
    return c == "_" or c.isalnum()


class Template:
    delimiter = "$"
    idpattern = None
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == "{":
                e = k + 1
                while e < n and _is_ident_char(s[e]) and (e > k + 1 or _is_ident_start(s[e])):
                    e += 1
                if e > k + 1 and e < n and s[e] == "}":
                    name = s[k + 1:e]
                    out.append(self._lookup(mapping, name, s[j:e + 1], safe))
                    i = e + 1
                    continue
                self._invalid(j, safe)
                out.append(d)
                i = k
                continue
            e = k
            if e < n and _is_ident_start(s[e]):
                e += 1
                while e < n and _is_ident_char(s[e]):
                    e += 1
                name = s[k:e]
                out.append(self._lookup(mapping, name, s[j:e], safe))
                i = e
                continue
            self._invalid(j, safe)
            out.append(d)
            i = k
        return "".join(out)

    def _lookup(self, mapping, name, text, safe):
        try:
            return str(mapping[name])
        except KeyError:
            if safe:
                return text
            raise

    def _invalid(self, i, safe):
        if safe:
            return
        i += len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []

        class Rec:
            def __getitem__(self, name):
                if name not in ids:
                    ids.append(name)
                return ""
        self._scan(Rec(), True)
        return ids

    def is_valid(self):
        try:
            self._scan(_Empty(), False)
        except ValueError:
            return False
        return True


class _Empty:
    def __getitem__(self, key):
        return ""


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    return _Chain(kws, mapping)


class _Chain:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification "
                                         "to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification "
                                         "to automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _parse(s):
    out = []
    i = 0
    n = len(s)
    lit = []
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                lit.append("{")
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conv, spec = field, None, ""
            k = 0
            while k < len(field) and field[k] not in "!:":
                if field[k] == "[":
                    k = field.find("]", k)
                    if k < 0:
                        raise ValueError("Missing ']' in format string")
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(":"):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(":"):
                spec = rest[1:]
            out.append(("".join(lit), name, spec, conv))
            lit = []
            i = j
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                lit.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append(("".join(lit), None, None, None))
    return out


def _split_field(name):
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find("]", i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
