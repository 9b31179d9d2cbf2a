# re: Pattern and Match objects, the module functions, replacement
# templates, flags and the pattern cache, over the native engine
# (src/pyglue/re: _compile, _scan).

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (16, 'DOTALL'),
               (8, 'MULTILINE'), (64, 'VERBOSE'), (32, 'UNICODE'),
               (128, 'DEBUG'), (1, 'TEMPLATE')]


class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        names = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v or not names:
            names.append(hex(v) if names else '0')
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
T = TEMPLATE = RegexFlag(1)
NOFLAG = RegexFlag(0)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error


def _is_bytes(s):
    return isinstance(s, (bytes, bytearray, memoryview))


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = spans[-1]
        self.lastindex = last if last else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError('no such group')
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError('no such group')
        if isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, g, default=None):
        a = self._spans[2 * g]
        if a < 0:
            return default
        return self.string[a:self._spans[2 * g + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default)
                for name, index in self.re.groupindex.items()}

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        prog = _compile(pattern, flags)
        if prog[0] is None:
            if prog[2] is None:
                raise error(prog[1])
            raise error(prog[1], pattern, prog[2])
        self._prog, self.groups, names, self.flags = prog
        self.groupindex = dict(names)
        self._bytes = not isinstance(pattern, str)

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
        elif _is_bytes(string):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        elif not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def _scan(self, string, pos, endpos, mode, limit):
        self._check(string)
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos > endpos:
            return pos, endpos, []
        return pos, endpos, _scan(self._prog, string, pos, endpos, mode, limit)

    def _one(self, string, pos, endpos, mode):
        pos, endpos, found = self._scan(string, pos, endpos, mode, 1)
        if found:
            return Match(self, string, pos, endpos, found[0])
        return None

    def match(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos, found = self._scan(string, pos, endpos, 0, 0)
        return iter([Match(self, string, pos, endpos, f) for f in found])

    def findall(self, string, pos=0, endpos=None):
        pos, endpos, found = self._scan(string, pos, endpos, 0, 0)
        out = []
        g = self.groups
        for f in found:
            if g == 0:
                out.append(string[f[0]:f[1]])
            elif g == 1:
                out.append(string[f[2]:f[3]] if f[2] >= 0 else string[:0])
            else:
                out.append(tuple(string[f[2 * k]:f[2 * k + 1]] if f[2 * k] >= 0
                                 else string[:0] for k in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        _, _, found = self._scan(string, 0, None, 0, maxsplit if maxsplit > 0 else 0)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for f in found:
            out.append(string[last:f[0]])
            for k in range(1, self.groups + 1):
                out.append(string[f[2 * k]:f[2 * k + 1]] if f[2 * k] >= 0 else None)
            last = f[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            fn = _expand(self, repl)
        _, endpos, found = self._scan(string, 0, None, 0, count if count > 0 else 0)
        if count < 0:
            return string, 0
        parts = []
        last = 0
        for f in found:
            parts.append(string[last:f[0]])
            parts.append(fn(Match(self, string, 0, endpos, f)))
            last = f[1]
        parts.append(string[last:])
        empty = string[:0] if not isinstance(string, (bytearray, memoryview)) else b''
        return empty.join(parts), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos if endpos is not None else len(string))

    def search(self):
        return next(self._it, None)

    match = search


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
            'b': '\b', '\\': '\\'}


def _expand(pattern, template):
    """A function Match -> replacement for the template (with \\1, \\g<n>,
    \\g<name> and the character escapes)."""
    is_bytes = _is_bytes(template)
    if is_bytes:
        if not pattern._bytes:
            raise TypeError('expected str instance, %s found' % type(template).__name__)
        t = bytes(template).decode('latin-1')
    else:
        if pattern._bytes:
            raise TypeError("expected a bytes-like object, %s found"
                            % type(template).__name__)
        t = template
    if '\\' not in t:
        return lambda m: template
    pieces = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        d = t[i + 1]
        if d == 'g':
            j = t.find('>', i + 2)
            if i + 2 >= n or t[i + 2] != '<':
                raise error('missing <', template, i + 2)
            if j < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = t[i + 3:j]
            if not name:
                raise error('missing group name', template, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error('invalid group reference %d' % g, template, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, template, i + 3)
            pieces.append(''.join(lit))
            lit = []
            pieces.append(g)
            i = j + 1
        elif d.isdigit():
            j = i + 1
            if d == '0':
                k = j
                while k < n and k < j + 3 and t[k] in '01234567':
                    k += 1
                lit.append(chr(int(t[j:k], 8)))
                i = k
                continue
            j += 1
            if j < n and t[j].isdigit():
                if (d in '01234567' and t[j] in '01234567' and j + 1 < n
                        and t[j + 1] in '01234567'):
                    v = int(t[i + 1:j + 2], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % t[i + 1:j + 2], template, i)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            g = int(t[i + 1:j])
            if g > pattern.groups:
                raise error('invalid group reference %d' % g, template, i + 1)
            pieces.append(''.join(lit))
            lit = []
            pieces.append(g)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error('bad escape \\' + d, template, i)
        else:
            lit.append('\\' + d)
            i += 2
    pieces.append(''.join(lit))
    if is_bytes:
        pieces = [p.encode('latin-1') if isinstance(p, str) else p for p in pieces]
    empty = pieces[0][:0]

    def expand(m):
        out = []
        for p in pieces:
            if isinstance(p, int):
                v = m.group(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return empty.join(out)
    return expand


_cache = {}
_MAXCACHE = 128


def _compile_cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile_cached(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile_cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile_cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile_cached(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile_cached(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile_cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile_cached(pattern, flags).split(string, maxsplit)


def template(pattern, flags=0):
    return _compile_cached(pattern, flags | T)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
