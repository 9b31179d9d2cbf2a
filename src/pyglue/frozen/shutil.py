# shutil: copying, moving and removing files and trees over os and open();
# disk_usage from the platform (DOS: INT 21h AH=36h), which() over PATH
# (DOS: the current directory first, then .COM/.EXE/.BAT as PATHEXT has
# them), get_terminal_size with COLUMNS/LINES and a fallback; copymode and
# copystat over os.chmod/os.utime (on DOS: the read-only attribute and the
# modification time, to 2 seconds).

import os
import sys
import fnmatch
from collections import namedtuple

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2',
           'copytree', 'move',
           'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'disk_usage',
           'get_terminal_size', 'ignore_patterns', 'which', 'SameFileError']

_dos = os.name == 'nt'
COPY_BUFSIZE = 16 * 1024 if _dos else 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    try:
        a = os.path.normcase(os.path.abspath(os.fspath(src)))
        b = os.path.normcase(os.path.abspath(os.fspath(dst)))
    except (TypeError, ValueError):
        return False
    return a == b and os.path.exists(a)


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    src, dst = os.fspath(src), os.fspath(dst)
    with open(src, 'rb') as fsrc:
        if os.path.isdir(dst):
            raise IsADirectoryError(21, 'Is a directory', dst)
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src, dst = os.fspath(src), os.fspath(dst)
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(src, [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    path = os.fspath(path)
    try:
        if not os.path.isdir(path):
            if os.path.exists(path):
                raise NotADirectoryError(20, 'Not a directory', path)
            os.stat(path)
    except OSError:
        onerror(os.stat, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        if entry.is_dir():
            _rmtree(entry.path, onerror)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                onerror(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    return os.path.basename(path.rstrip(os.sep + (os.altsep or '')))


def move(src, dst, copy_function=copy2):
    src, dst = os.fspath(src), os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            a = os.path.normcase(os.path.abspath(src)) + os.sep
            if os.path.normcase(os.path.abspath(dst)).startswith(a):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_ntuple_diskusage = namedtuple('usage', 'total used free')


def disk_usage(path):
    total, used, free = os._disk_usage(os.fspath(path))
    return _ntuple_diskusage(total, used, free)


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access(fn, mode):
    try:
        st = os.stat(fn)
    except OSError:
        return False
    if st.st_mode & 0o170000 == 0o040000:
        return False
    return not mode & os.X_OK or bool(st.st_mode & 0o111)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        return cmd if _access(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath if hasattr(os, 'defpath') else ''
    if not path:
        return None
    dirs = path.split(os.pathsep)
    if _dos:
        dirs.insert(0, os.curdir)
        exts = os.environ.get('PATHEXT', '.COM;.EXE;.BAT').split(os.pathsep)
        if any(cmd.lower().endswith(e.lower()) for e in exts):
            files = [cmd]
        else:
            files = [cmd + e for e in exts]
    else:
        files = [cmd]
    seen = set()
    for d in dirs:
        key = os.path.normcase(d)
        if key in seen:
            continue
        seen.add(key)
        for f in files:
            name = os.path.join(d, f)
            if _access(name, mode):
                return name
    return None
