# glob: pathnames matching shell patterns (* ? [seq], ** with
# recursive=True) over os.listdir; hidden names need an explicit dot.

import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _magic_bytes.sub(br'[\1]', pathname)
    else:
        pathname = _magic.sub(r'[\1]', pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def _join(a, b):
    return os.path.join(a, b) if a else b


def _exists(root, path):
    return os.path.exists(_join(root, path) if root else path)


def _isdir(root, path):
    return os.path.isdir(_join(root, path) if root else path)


def _listdir(root, dirname):
    path = _join(root, dirname) if root else dirname
    if not path:
        path = os.curdir if isinstance(dirname, str) else bytes(os.curdir, 'ascii')
    try:
        return os.listdir(path)
    except OSError:
        return []


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    found = _glob(pathname, root_dir, recursive, include_hidden, False)
    if recursive and _isrecursive(pathname):
        found = found[1:]
    return iter(found)


def _hidden(name):
    return name[:1] in ('.', b'.')


def _glob(pathname, root, recursive, hidden, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname):
                return [pathname]
        elif _isdir(root, dirname):
            return [pathname]
        return []
    if not dirname:
        if recursive and _isrecursive(basename):
            return _rlist(root, '', hidden, dironly)
        return _glob1(root, '', basename, hidden, dironly)
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root, recursive, hidden, True)
    else:
        dirs = [dirname]
    out = []
    for d in dirs:
        if recursive and _isrecursive(basename):
            names = _rlist(root, d, hidden, dironly)
            out.extend(_join(d, n) for n in names)
        elif has_magic(basename):
            out.extend(_join(d, n) for n in _glob1(root, d, basename, hidden, dironly))
        elif (basename and _exists(root, _join(d, basename))) or (not basename and _isdir(root, d)):
            out.append(_join(d, basename))
    return out


def _isrecursive(pattern):
    return pattern in ('**', b'**')


def _glob1(root, dirname, pattern, hidden, dironly):
    names = _listdir(root, dirname)
    if not (hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    if dironly:
        names = [n for n in names if _isdir(root, _join(dirname, n))]
    return fnmatch.filter(names, pattern)


def _rlist(root, dirname, hidden, dironly):
    """'**': the directory itself (as an empty name) and everything below."""
    out = [dirname[:0]]
    for name in _listdir(root, dirname):
        if not hidden and _hidden(name):
            continue
        path = _join(dirname, name)
        isdir = _isdir(root, path)
        if dironly and not isdir:
            continue
        out.append(name)
        if isdir:
            out.extend(_join(name, n) for n in _rlist(root, path, hidden, dironly)[1:])
    return out
