# tempfile: temporary files and directories with unguessable names (from
# os.urandom), created exclusively (O_EXCL / DOS's create-new call).
# gettempdir looks at TMPDIR, TEMP and TMP, then the system's usual places,
# then the current directory. On DOS names are 8.3: the prefix and random
# part together keep to 8 characters ("tmp" + 5) and suffixes to ".xxx".

import os
import io as _io

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile',
           'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX',
           'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

_dos = os.name == 'nt'
TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name(prefix):
    length = max(1, 8 - len(prefix)) if _dos else 8
    return ''.join(_CHARS[b % 37] for b in os.urandom(length))


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template) if hasattr(os, 'fsencode') else template.encode()


def _candidates():
    dirs = [os.environ.get(name) for name in ('TMPDIR', 'TEMP', 'TMP')]
    dirs = [d for d in dirs if d]
    if _dos:
        dirs += ['C:\\TEMP', 'C:\\TMP', '\\TEMP', '\\TMP']
    else:
        dirs += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return dirs


def _usable(d):
    # A directory is usable if a file can be made (and removed) in it.
    if not os.path.isdir(d):
        return False
    for _ in range(10):
        name = os.path.join(d, _random_name(template))
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            os.write(fd, b'blat')
        finally:
            os.close(fd)
            os.unlink(name)
        return True
    return False


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in _candidates():
            if d != os.curdir:
                d = os.path.abspath(d)
            if _usable(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                                    % _candidates())
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def _mkstemp_inner(dir, prefix, suffix, flags):
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name(prefix) + suffix)
        try:
            fd = os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    return _mkstemp_inner(dir, prefix, suffix, os.O_RDWR | os.O_CREAT | os.O_EXCL)


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name(prefix) + suffix)
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return name
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name(prefix) + suffix)
        if not os.path.exists(name):
            return name
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object whose `name` is its path and which removes the file
    when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def __del__(self):
        self.close()

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper name=%r>' % self.name


def _open_new(mode, buffering, encoding, newline, suffix, prefix, dir):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    # The name is ours now (created exclusively); open() takes it over.
    os.close(fd)
    kw = {} if 'b' in mode else {'encoding': encoding, 'newline': newline}
    try:
        f = open(name, mode.replace('x', 'w'), **kw)
    except BaseException:
        os.unlink(name)
        raise
    return f, name


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    f, name = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    # Neither DOS nor this os can unlink an open file: the file goes on close.
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir)


class SpooledTemporaryFile:
    """In memory until more than max_size is written (or fileno() is
    asked for), then a TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        f = TemporaryFile(*self._args)
        f.write(self._file.getvalue())
        f.seek(self._file.tell(), 0)
        self._file = f
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return self._file.mode if self._rolled else self._args[0]

    @property
    def name(self):
        return self._file.name if self._rolled else None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with everything in it by
    cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._done and os.path.exists(self.name):
            self.cleanup()
