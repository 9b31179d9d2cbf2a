# pathlib: object paths. PurePosixPath and PureWindowsPath (the DOS style:
# drive letters, either slash, case-insensitive comparison) parse and
# combine paths without touching the disk; Path (PosixPath on the host,
# WindowsPath on DOS) adds the file system calls over os, glob and open().

import os
import fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path',
           'PosixPath', 'WindowsPath']


class _Posix:
    sep = '/'
    altsep = ''

    @staticmethod
    def splitroot(part):
        if part.startswith('/'):
            stripped = part.lstrip('/')
            # POSIX keeps exactly two leading slashes; one or three+ are one.
            root = '//' if len(part) - len(stripped) == 2 else '/'
            return '', root, stripped
        return '', '', part

    @staticmethod
    def casefold(s):
        return s


class _Windows:
    sep = '\\'
    altsep = '/'

    @staticmethod
    def splitroot(part):
        part = part.replace('/', '\\')
        drv = ''
        if len(part) >= 2 and part[1] == ':' and part[0].isalpha():
            drv, part = part[:2], part[2:]
        if part.startswith('\\'):
            return drv, '\\', part.lstrip('\\')
        return drv, '', part

    @staticmethod
    def casefold(s):
        return s.lower()


def _parse(flavour, args):
    drv = root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        elif not isinstance(a, str):
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object '
                                'where __fspath__ returns a str, not %r' % type(a).__name__)
        d, r, rel = flavour.splitroot(a)
        if r:
            drv, root, parts = d or drv, r, []
        elif d and d != drv:
            drv, root, parts = d, '', []
        for x in rel.split(flavour.sep):
            if x and x != '.':
                parts.append(x)
    return drv, root, parts


class PurePath:
    __slots__ = ('_drv', '_root', '_tail', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._tail = _parse(cls._flavour, args)
        self._str = None
        return self

    def _make(self, drv, root, tail):
        p = object.__new__(type(self))
        p._drv, p._root, p._tail, p._str = drv, root, tail, None
        return p

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        if self._str is None:
            s = self._drv + self._root + self._flavour.sep.join(self._tail)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._drv:
            return 'file:///' + _quote(self.as_posix())
        return 'file://' + _quote(str(self))

    def _key(self):
        return self._flavour.casefold(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _cmp(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        a = [self._flavour.casefold(p) for p in self.parts]
        b = [self._flavour.casefold(p) for p in other.parts]
        return a, b

    def __lt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c[0] < c[1]

    def __le__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c[0] <= c[1]

    def __gt__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c[0] > c[1]

    def __ge__(self, other):
        c = self._cmp(other)
        return c if c is NotImplemented else c[0] >= c[1]

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self.anchor
        return tuple(([anchor] if anchor else []) + self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._tail:
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        d, r, rest = self._flavour.splitroot(name)
        if not name or d or r or name == '.' or self._flavour.sep in rest or (
                self._flavour.altsep and self._flavour.altsep in name):
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self._make(self._drv, self._root, self._tail[:-1] + [self.stem + suffix])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        n = len(base.parts)
        cf = self._flavour.casefold
        mine = self.parts
        if (base.anchor and cf(base.anchor) != cf(self.anchor)) or \
                [cf(p) for p in mine[:n]] != [cf(p) for p in base.parts] or \
                (not base.anchor and self.anchor):
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative '
                             'and the other is absolute.'.format(str(self), str(base)))
        return self._make('', '', list(mine[n:]))

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        if self._flavour is _Windows:
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        if self._flavour is not _Windows or not self._tail:
            return False
        name = self._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _RESERVED

    def joinpath(self, *args):
        return type(self)._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        cf = self._flavour.casefold
        pat = type(self)(path_pattern)
        if not pat.parts:
            raise ValueError('empty pattern')
        parts = [cf(p) for p in self.parts]
        pparts = [cf(p) for p in pat.parts]
        if pat.anchor:
            if len(parts) != len(pparts):
                return False
        elif len(pparts) > len(parts):
            return False
        for part, pp in zip(reversed(parts), reversed(pparts)):
            if not fnmatch.fnmatchcase(part, pp):
                return False
        return True


_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                  '0123456789-._~/:')


def _quote(s):
    return ''.join(c if c in _SAFE else ''.join('%%%02X' % b for b in c.encode())
                   for c in s)


_RESERVED = {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} | \
    {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} | \
    {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'}


class PurePosixPath(PurePath):
    _flavour = _Posix
    __slots__ = ()


class PureWindowsPath(PurePath):
    _flavour = _Windows
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        if cls._flavour is not (_Windows if os.name == 'nt' else _Posix):
            raise NotImplementedError('cannot instantiate %r on your system' % cls.__name__)
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def lstat(self):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return False

    def is_mount(self):
        return self.is_absolute() and not self._tail

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make(self._drv, self._root, self._tail + [name])

    def _child(self, name):
        return self._make(self._drv, self._root, self._tail + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        pat = PurePath.__new__(type(self)._pure, pattern)
        if pat.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        return self._select(self, list(pat.parts))

    def rglob(self, pattern):
        pat = PurePath.__new__(type(self)._pure, pattern)
        if pat.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        return self._select(self, ['**'] + list(pat.parts))

    def _select(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._select(d, rest):
                    if str(p) not in seen:
                        seen.add(str(p))
                        yield p
            return
        if head == '..':
            yield from self._select(base._child('..'), rest)
            return
        try:
            names = sorted(os.listdir(str(base)))
        except OSError:
            return
        cf = self._flavour.casefold
        magic = any(c in head for c in '*?[')
        for name in names:
            if magic:
                if name.startswith('.') and not head.startswith('.'):
                    continue
                if not fnmatch.fnmatchcase(cf(name), cf(head)):
                    continue
            elif cf(name) != cf(head):
                continue
            child = base._child(name)
            if rest and not child.is_dir():
                continue
            yield from self._select(child, rest)

    def _walk_dirs(self, base):
        yield base
        try:
            names = sorted(os.listdir(str(base)))
        except OSError:
            return
        for name in names:
            if name.startswith('.'):
                continue
            child = base._child(name)
            if child.is_dir():
                yield from self._walk_dirs(child)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(str(self))
        return type(self)(os.path.abspath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' in mode:
            return open(str(self), mode)
        return open(str(self), mode, encoding=encoding, newline=newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        open(str(self), 'ab').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def samefile(self, other):
        other = other if isinstance(other, PurePath) else type(self)(other)
        return os.path.normcase(os.path.abspath(str(self))) == \
            os.path.normcase(os.path.abspath(str(other))) and self.exists()


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
    _pure = PurePosixPath


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
    _pure = PureWindowsPath
