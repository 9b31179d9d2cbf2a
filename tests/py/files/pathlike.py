# os.PathLike everywhere a path is taken (open, os.*, shutil), open(fd)
# and os.fdopen, os.chmod/os.utime and shutil.copymode/copystat/copy2
# (whole seconds and the read-only bit: what DOS can store too).
import os
import pathlib
import shutil
import stat


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


class Bad:
    def __fspath__(self):
        return 42


def attempt(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


p = pathlib.Path('PL_A.TXT')
attempt('open Path w', lambda: open(p, 'w').write('hi'))
attempt('open Path r', lambda: open(p).read())
attempt('open PathLike', lambda: open(P('PL_A.TXT')).read())
attempt('fspath', lambda: (os.fspath(p), os.fspath(P('x')), os.fspath(b'y'), os.fspath('z')))
attempt('fspath int', lambda: os.fspath(3))
attempt('fspath bad', lambda: os.fspath(Bad()))
attempt('open bad', lambda: open(Bad()))
attempt('open float', lambda: open(3.5))
attempt('stat', lambda: os.stat(p).st_size)
attempt('exists', lambda: os.path.exists(P('PL_A.TXT')))
attempt('getsize', lambda: os.path.getsize(P('PL_A.TXT')))
attempt('rename', lambda: os.rename(p, P('PL_B.TXT')))
attempt('listdir', lambda: 'PL_B.TXT' in os.listdir(pathlib.Path('.')))
attempt('copy', lambda: str(shutil.copy(P('PL_B.TXT'), pathlib.Path('PL_C.TXT'))))
attempt('chmod ro', lambda: os.chmod('PL_C.TXT', stat.S_IREAD))
attempt('writable', lambda: bool(os.stat('PL_C.TXT').st_mode & stat.S_IWRITE))


def write_read_only():
    # DOS, and any user but root, must refuse; root may write anyway.
    is_root = hasattr(os, 'geteuid') and os.geteuid() == 0
    try:
        open('PL_C.TXT', 'a').close()
    except PermissionError:
        return True
    return is_root


attempt('write ro refused (or root)', write_read_only)
attempt('copymode', lambda: shutil.copymode('PL_C.TXT', P('PL_B.TXT')))
attempt('writable b', lambda: bool(os.stat('PL_B.TXT').st_mode & stat.S_IWRITE))
attempt('chmod rw', lambda: os.chmod(pathlib.Path('PL_C.TXT'), stat.S_IREAD | stat.S_IWRITE))
attempt('chmod rw b', lambda: os.chmod('PL_B.TXT', 0o644))
attempt('writable', lambda: bool(os.stat('PL_C.TXT').st_mode & stat.S_IWRITE))
attempt('utime', lambda: os.utime('PL_C.TXT', (1000000000, 1000000000)))
attempt('mtime', lambda: os.stat('PL_C.TXT').st_mtime)
attempt('utime float', lambda: os.utime(P('PL_C.TXT'), (1200000000.0, 1200000000.0)))
attempt('mtime', lambda: os.stat('PL_C.TXT').st_mtime)
attempt('utime ns', lambda: os.utime('PL_C.TXT', ns=(1300000000000000000, 1300000000000000000)))
attempt('mtime', lambda: os.stat('PL_C.TXT').st_mtime)
attempt('copystat', lambda: shutil.copystat('PL_C.TXT', 'PL_B.TXT'))
attempt('mtime b', lambda: os.stat('PL_B.TXT').st_mtime)
attempt('copy2', lambda: shutil.copy2('PL_C.TXT', 'PL_D.TXT'))
attempt('mtime d', lambda: os.stat('PL_D.TXT').st_mtime)
attempt('utime now', lambda: os.utime('PL_D.TXT'))
attempt('recent', lambda: os.stat('PL_D.TXT').st_mtime > 1500000000)
attempt('utime both', lambda: os.utime('PL_D.TXT', (1, 2), ns=(1, 2)))
attempt('utime bad', lambda: os.utime('PL_D.TXT', (1, 2, 3)))
attempt('utime bad ns', lambda: os.utime('PL_D.TXT', ns=5))
attempt('utime missing', lambda: os.utime('PL_NONE.TXT', (1, 2)))
attempt('chmod missing', lambda: os.chmod('PL_NONE.TXT', 0o644))
fd = os.open('PL_B.TXT', os.O_RDONLY)
f = os.fdopen(fd)
attempt('fdopen', lambda: (f.read(), f.name == fd))
f.close()
attempt('closed fd', lambda: os.read(fd, 1))
fd = os.open('PL_B.TXT', os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    attempt('open fd', lambda: f.read())
attempt('fd still open', lambda: os.lseek(fd, 0, 0))
os.close(fd)
attempt('fdopen str', lambda: os.fdopen('x'))
attempt('closefd name', lambda: open('PL_B.TXT', closefd=False))
attempt('negative fd', lambda: open(-5))
for name in ('PL_B.TXT', 'PL_C.TXT', 'PL_D.TXT'):
    os.remove(P(name))
print(sorted(n for n in os.listdir('.') if n.startswith('PL_')))
