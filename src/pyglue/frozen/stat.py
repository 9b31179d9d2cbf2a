# stat: constants and tests for os.stat() results (st_mode's file type and
# permission bits as POSIX numbers them; DOS stat results use the same).

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID = 0, 1, 2, 3, 4, 5
ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = 6, 7, 8, 9

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0

S_ISUID, S_ISGID, S_ENFMT, S_ISVTX = 0o4000, 0o2000, 0o2000, 0o1000
S_IREAD, S_IWRITE, S_IEXEC = 0o400, 0o200, 0o100
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001

UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE, UF_NOUNLINK = 1, 2, 4, 8, 0x10
UF_COMPRESSED, UF_HIDDEN = 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND, SF_NOUNLINK, SF_SNAPSHOT = (
    0x10000, 0x20000, 0x40000, 0x100000, 0x200000)

FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_types = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
          (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p'))
_perms = ((S_IRUSR, 'r'), (S_IWUSR, 'w'), (S_IXUSR, 'x'),
          (S_IRGRP, 'r'), (S_IWGRP, 'w'), (S_IXGRP, 'x'),
          (S_IROTH, 'r'), (S_IWOTH, 'w'), (S_IXOTH, 'x'))


def filemode(mode):
    """'-rw-r--r--' for a mode, as ls -l shows it."""
    kind = '?'
    for bits, char in _types:
        if mode & 0o170000 == bits:
            kind = char
            break
    out = [kind]
    for i, (bit, char) in enumerate(_perms):
        special = (S_ISUID, S_ISGID, S_ISVTX)[i // 3] if i % 3 == 2 else 0
        if special and mode & special:
            out.append(('s', 's', 't')[i // 3] if mode & bit else ('S', 'S', 'T')[i // 3])
        else:
            out.append(char if mode & bit else '-')
    return ''.join(out)
