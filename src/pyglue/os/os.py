# The Python half of os, run into the native module's namespace: environ as
# a mapping that calls putenv/unsetenv on every change (upper-case names on
# DOS, as on Windows), getenv, scandir and DirEntry, walk, makedirs,
# removedirs, get_terminal_size, lstat, fdopen, and the os.path functions written
# over stat and abspath.

_dos = name == 'nt'


def _env_key(key):
    if not isinstance(key, str):
        raise TypeError('str expected, not ' + type(key).__name__)
    return key.upper() if _dos else key


def _env_value(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not ' + type(value).__name__)
    return value


class _Environ(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, _env_key(key))

    def __contains__(self, key):
        return isinstance(key, str) and dict.__contains__(self, _env_key(key))

    def get(self, key, default=None):
        return dict.get(self, _env_key(key), default)

    def __setitem__(self, key, value):
        key, value = _env_key(key), _env_value(value)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        key = _env_key(key)
        dict.__delitem__(self, key)
        unsetenv(key)

    _missing = object()

    def pop(self, key, default=_missing):
        key = _env_key(key)
        if dict.__contains__(self, key):
            value = dict.pop(self, key)
            unsetenv(key)
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        key, value = dict.popitem(self)
        unsetenv(key)
        return key, value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kw):
        for key, value in dict(other, **kw).items():
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


environ = _Environ((_env_key(k), v) for k, v in environ.items())


def getenv(key, default=None):
    return environ.get(key, default)


lstat = stat  # no symbolic links on DOS; the host follows them here


class terminal_size(tuple):
    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_terminal_size(fd=1):
    if fd != 1:
        raise OSError(25, 'Inappropriate ioctl for device')
    return terminal_size(_terminal_size())


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self):
        try:
            return self.stat().st_mode
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode() & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode() & 0o170000 == 0o100000

    def is_symlink(self):
        return False

    def inode(self):
        return self.stat().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, dirpath):
        self._names = iter(listdir(dirpath))
        self._dir = dirpath

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = [e.name for e in entries if e.is_dir()]
    files = [e.name for e in entries if not e.is_dir()]
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def _path_getmtime(filename):
    return stat(filename).st_mtime


def _path_islink(filename):
    return False


def _path_realpath(filename):
    return path.abspath(filename)


def _path_normcase(s):
    return s.replace('/', '\\').lower() if _dos else s


def _path_relpath(target, start=curdir):
    if not target:
        raise ValueError('no path specified')
    t = path.abspath(target).split(sep)
    s = path.abspath(start).split(sep)
    if _dos and t[0].upper() != s[0].upper():
        raise ValueError('path is on mount %r, start on mount %r' % (t[0], s[0]))
    n = 0
    while n < len(t) and n < len(s) and _path_normcase(t[n]) == _path_normcase(s[n]):
        n += 1
    rel = [pardir] * (len([p for p in s[n:] if p])) + [p for p in t[n:] if p]
    return path.join(*rel) if rel else curdir


def _path_expanduser(p):
    if not p.startswith('~'):
        return p
    home = environ.get('HOME') or environ.get('USERPROFILE')
    if home is None:
        return p
    i = p.find(sep)
    if altsep:
        j = p.find(altsep)
        i = j if i < 0 or 0 <= j < i else i
    if i < 0:
        i = len(p)
    if i != 1:
        return p
    return home.rstrip(sep) + p[1:] if home != sep else p[1:] or sep


path.sep = sep
path.altsep = altsep
path.curdir = curdir
path.pardir = pardir
path.getmtime = _path_getmtime
path.getatime = _path_getmtime
path.islink = _path_islink
path.lexists = path.exists
path.realpath = _path_realpath
path.normcase = _path_normcase
path.relpath = _path_relpath
path.expanduser = _path_expanduser


if not _dos:
    class uname_result(tuple):
        def __new__(cls, seq):
            seq = tuple(seq)
            if len(seq) != 5:
                raise TypeError('os.uname_result() takes a 5-sequence (%d-sequence given)' % len(seq))
            return tuple.__new__(cls, seq)

        sysname = property(lambda self: self[0])
        nodename = property(lambda self: self[1])
        release = property(lambda self: self[2])
        version = property(lambda self: self[3])
        machine = property(lambda self: self[4])

        def __repr__(self):
            return ('posix.uname_result(sysname=%r, nodename=%r, release=%r, '
                    'version=%r, machine=%r)' % self)

    def uname():
        return uname_result(_uname())
