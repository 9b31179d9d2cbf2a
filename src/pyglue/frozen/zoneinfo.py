# The zoneinfo module: ZoneInfo, the tzinfo of an IANA time zone read
# from its TZif file (versions 1 to 4: transitions, then the POSIX TZ
# rule of the file's footer for the times after them), found on TZPATH.
#
# TZPATH is PYTHONTZPATH (paths separated by os.pathsep) if set, else the
# system's directories: CPython's on Linux, none on DOS, which has no time
# zone database: there ZoneInfo("UTC") still works (a built-in zone, the
# same as the UTC file), and other keys need PYTHONTZPATH pointing at a
# copy of the tz database's files, or ZoneInfo.from_file(). The rule
# strings are parsed by the time module's TZ parser (time/calendar.py).

import os as _os
import sys as _sys
import struct as _struct
import time as _time
from bisect import bisect_right as _bisect_right
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

_EPOCH_ORD = 719163  # ordinal of 1970-01-01


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# --- TZPATH --------------------------------------------------------------

_SYSTEM_TZPATH = () if _sys.platform == "dos" else (
    "/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
TZPATH = ()


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
        relative = [p for p in to if not _os.path.isabs(p)]
        if relative:
            raise ValueError("Paths should be absolute but found the following relative paths:\n"
                             + "\n".join("    " + str(p) for p in relative))
        TZPATH = tuple(to)
        return
    env = _os.environ.get("PYTHONTZPATH")
    if env is None:
        TZPATH = _SYSTEM_TZPATH
        return
    raw = env.split(_os.pathsep) if env else []
    good = tuple(p for p in raw if _os.path.isabs(p))
    if len(good) != len(raw):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. Paths should be "
                      "absolute but found the following relative paths:\n"
                      + "\n".join("    " + p for p in raw if not _os.path.isabs(p)), InvalidTZPathWarning)
    TZPATH = good


reset_tzpath()


def _check_key(key):
    if _os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    if _os.path.normpath(key) != key.replace("/", _os.sep):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if key == ".." or key.startswith("../"):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _find_tzfile(key):
    _check_key(key)
    for base in TZPATH:
        path = _os.path.join(base, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The keys of the TZif files on TZPATH (and "UTC", always there)."""
    found = {"UTC"}
    for base in TZPATH:
        for root, dirs, files in _os.walk(base):
            for name in files:
                path = _os.path.join(root, name)
                try:
                    with open(path, "rb") as f:
                        if f.read(4) != b"TZif":
                            continue
                except OSError:
                    continue
                key = _os.path.relpath(path, base).replace(_os.sep, "/")
                if not key.startswith(("posix/", "right/")) and key not in ("posixrules", "localtime"):
                    found.add(key)
    return found


# --- TZif files ----------------------------------------------------------

class _TTInfo:
    """A local time type: UTC offset, DST part of it, abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = _timedelta(seconds=utcoff)
        self.dstoff = _timedelta(seconds=dstoff)
        self.tzname = tzname


def _read_block(data, pos, counts, tsize):
    """The transitions, their type indices and the types (utoff, isdst,
    name) of the data block at `pos`; and where the block ends."""
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    fmt = ">%d%s" % (timecnt, "q" if tsize == 8 else "l")
    trans = list(_struct.unpack_from(fmt, data, pos))
    pos += timecnt * tsize
    idx = list(data[pos:pos + timecnt])
    pos += timecnt
    types = [_struct.unpack_from(">lBB", data, pos + 6 * i) for i in range(typecnt)]
    pos += 6 * typecnt
    chars = data[pos:pos + charcnt]
    pos += charcnt + leapcnt * (tsize + 4) + isstdcnt + isutcnt
    names = []
    for utoff, isdst, at in types:
        end = chars.find(b"\0", at)
        names.append(chars[at:end if end >= 0 else len(chars)].decode("ascii", "replace"))
    if any(i >= typecnt for i in idx) or pos > len(data):
        raise ValueError("Invalid TZif file: truncated or inconsistent")
    return trans, idx, [(t[0], t[1], n) for t, n in zip(types, names)], pos


def _header(data, pos):
    if data[pos:pos + 4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    if len(data) < pos + 44:
        raise ValueError("Invalid TZif file: truncated header")
    return data[pos + 4], _struct.unpack_from(">6l", data, pos + 20)


def _load_tzif(data):
    """(transitions in UTC seconds, type index of each, types, footer TZ
    string or None) of TZif `data`, from its 64-bit part if it has one."""
    version, counts = _header(data, 0)
    trans, idx, types, pos = _read_block(data, 44, counts, 4)
    footer = None
    if version >= ord("2"):
        _, counts = _header(data, pos)
        trans, idx, types, pos = _read_block(data, pos + 44, counts, 8)
        if data[pos:pos + 1] == b"\n":
            end = data.find(b"\n", pos + 1)
            footer = data[pos + 1:end].decode("ascii") if end > 0 else None
    if not types:
        raise ValueError("Invalid TZif file: no local time types")
    return trans, idx, types, footer or None


def _dst_offsets(idx, types):
    """The DST part of each type's offset: its offset less that of the
    standard time next to it in the transitions (1 hour if there is none)."""
    dstoffs = [0] * len(types)
    for i, t in enumerate(idx):
        utoff, isdst, _ = types[t]
        if not isdst or dstoffs[t]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(idx) and not types[idx[j]][1]:
                dstoffs[t] = utoff - types[idx[j]][0]
                if dstoffs[t]:
                    break
    return [d if d or not t[1] else 3600 for d, t in zip(dstoffs, types)]


class _Rule:
    """The POSIX TZ rule of a TZif footer: the zone after the transitions."""

    def __init__(self, tz):
        std, self.soff, dst, self.doff, self.start, self.end = tz
        self.std = _TTInfo(self.soff, 0, std)
        self.dst = None if dst is None else _TTInfo(self.doff, self.doff - self.soff, dst)

    def _bounds(self, year):
        """Local wall seconds where DST starts (standard clock) and ends
        (DST clock) in `year`."""
        start = _time._rule_day(self.start, year) * 86400 + self.start[2]
        end = _time._rule_day(self.end, year) * 86400 + self.end[2]
        return start, end

    def from_utc(self, ts):
        """(type, fold) at UTC seconds `ts`."""
        if self.dst is None:
            return self.std, 0
        year = _time._civil_from_days((ts + self.soff) // 86400)[0]
        start, end = self._bounds(year)
        on, off = start - self.soff, end - self.doff
        in_dst = on <= ts < off if on < off else not (off <= ts < on)
        diff = self.doff - self.soff
        if in_dst:
            return self.dst, int(diff < 0 and on <= ts < on - diff)
        return self.std, int(diff > 0 and off <= ts < off + diff)

    def at_local(self, ts, fold):
        """The type of local wall seconds `ts` (`fold` picks in a repeat)."""
        if self.dst is None:
            return self.std
        year = _time._civil_from_days(ts // 86400)[0]
        start, end = self._bounds(year)
        diff = self.doff - self.soff
        # Gaps and repeats: fold 0 reads them with the offset before the
        # change, fold 1 with the one after.
        if fold == (diff >= 0):
            end -= diff
        else:
            start += diff
        in_dst = start <= ts < end if start < end else not (end <= ts < start)
        return self.dst if in_dst else self.std


def _seconds(dt):
    """The wall clock of `dt` as seconds since 1970 (as if it were UTC)."""
    return ((dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second)


class ZoneInfo(_tzinfo):
    _cache = {}

    def __init_subclass__(cls):
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls.no_cache(key)
            zone._from_cache = True
            cls._cache[key] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        path = _find_tzfile(key)
        if path is not None:
            with open(path, "rb") as f:
                data = f.read()
        elif key == "UTC":
            data = None
        else:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = None
        zone._from_cache = False
        zone._load(data)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = repr(fobj)
        zone._from_cache = False
        zone._load(fobj.read())
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    def _load(self, data):
        if data is None:
            trans, idx, types, footer = [], [], [(0, 0, "UTC")], "UTC0"
        else:
            trans, idx, types, footer = _load_tzif(data)
        dstoffs = _dst_offsets(idx, types)
        infos = [_TTInfo(u, d, n) for (u, _, n), d in zip(types, dstoffs)]
        self._trans_utc = trans
        self._trans_tti = [infos[i] for i in idx]
        before = [i for i, t in zip(infos, types) if not t[1]]
        self._tti_before = before[0] if before else infos[0]
        rule = _time._parse_tz(footer) if footer else None
        self._rule = None if rule is None else _Rule(rule)
        self._last = self._trans_tti[-1] if trans else self._tti_before
        self._fixed = not trans and (self._rule is None or self._rule.dst is None)
        # The transitions in wall-clock seconds, for fold 0 (the later of
        # the two readings of a change) and fold 1 (the earlier).
        walls = ([], [])
        prev = self._tti_before.utcoff
        for t, tti in zip(trans, self._trans_tti):
            a, b = int(prev.total_seconds()), int(tti.utcoff.total_seconds())
            walls[0].append(t + max(a, b))
            walls[1].append(t + min(a, b))
            prev = tti.utcoff
        self._trans_local = walls

    key = property(lambda self: self._key)

    def _find(self, dt):
        """The type in force at the wall clock of `dt`."""
        if dt is None:
            return self._last if self._fixed else None
        ts = _seconds(dt)
        walls = self._trans_local[dt.fold]
        i = _bisect_right(walls, ts)
        if walls and i == 0:
            return self._tti_before
        if i < len(walls):
            return self._trans_tti[i - 1]
        if self._rule is not None:
            return self._rule.at_local(ts, dt.fold)
        return self._last

    def utcoffset(self, dt):
        tti = self._find(dt)
        return None if tti is None else tti.utcoff

    def dst(self, dt):
        tti = self._find(dt)
        return None if tti is None else tti.dstoff

    def tzname(self, dt):
        tti = self._find(dt)
        return None if tti is None else tti.tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _seconds(dt)
        trans = self._trans_utc
        i = _bisect_right(trans, ts)
        fold = 0
        if i == len(trans) and self._rule is not None:
            tti, fold = self._rule.from_utc(ts)
        elif i == 0:
            tti = self._tti_before
        else:
            tti = self._trans_tti[i - 1]
            prev = self._trans_tti[i - 2].utcoff if i >= 2 else self._tti_before.utcoff
            back = prev - tti.utcoff
            fold = int(back > _timedelta(0) and ts - trans[i - 1] < back.total_seconds())
        out = dt + tti.utcoff
        return out.replace(fold=1) if fold else out

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        name = "%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self._key is not None:
            return "%s(key=%r)" % (name, self._key)
        return "%s.from_file(%s)" % (name, self._file_repr)

    def __reduce__(self):
        if self._key is None or self._file_repr is not None:
            raise TypeError("cannot pickle a ZoneInfo file created from a file stream")
        return (type(self)._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)
