# The calendar half of the time module: struct_time, gmtime, localtime,
# mktime, asctime, ctime, strftime and strptime (whose work is in the
# _strptime module, loaded at their first call), and the local time zone
# (timezone, altzone, daylight, tzname, tzset).
#
# Local time follows a POSIX TZ variable (`CET-1`, `EST5EDT`,
# `CET-1CEST,M3.5.0,M10.5.0/3`; a missing rule means the US one,
# M3.2.0,M11.1.0). Without TZ it is UTC plus the platform's offset
# (_utcoffset()). DOS keeps local time in its clock, so there, with TZ set,
# time() is the clock less the zone's offset, as DJGPP's libc does.
# Day numbers come from the program's one calendar (_days_from_civil,
# _civil_from_days, native).

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None, None)
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % p for p in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


# --- the TZ variable ---------------------------------------------------

def _tz_name(s, i):
    if s[i:i + 1] == "<":
        j = s.find(">", i)
        if j < 0:
            return None, i
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    return (s[i:j], j) if j - i >= 3 else (None, i)


def _tz_offset(s, i, sign=1):
    """[+-]hh[:mm[:ss]] at s[i:] as seconds; (None, i) if there is none."""
    if s[i:i + 1] in ("+", "-"):
        if s[i] == "-":
            sign = -sign
        i += 1
    secs, part, j = 0, 0, i
    while part < 3:
        k = j
        while k < len(s) and s[k].isdigit():
            k += 1
        if k == j:
            break
        secs += int(s[j:k]) * (3600, 60, 1)[part]
        part += 1
        j = k
        if s[j:j + 1] != ":":
            break
        j += 1
    return (sign * secs, j) if part else (None, i)


def _tz_rule(s, i):
    """One ',rule[/time]': ('J'|'n'|'M', numbers, seconds)."""
    if s[i:i + 1] == "M":
        parts = s[i + 1:].split(",")[0].split("/")[0].split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            return None, i
        kind, nums = "M", tuple(int(p) for p in parts)
        i += 1 + len(".".join(parts))
    else:
        kind = "n"
        if s[i:i + 1] == "J":
            kind, i = "J", i + 1
        j = i
        while j < len(s) and s[j].isdigit():
            j += 1
        if j == i:
            return None, i
        kind, nums, i = kind, (int(s[i:j]),), j
    at = 7200
    if s[i:i + 1] == "/":
        at, i = _tz_offset(s, i + 1)
        if at is None:
            return None, i
    return (kind, nums, at), i


def _parse_tz(s):
    """(std name, std offset, dst name, dst offset, start, end) from a TZ
    string, offsets east of UTC; None if it is not a POSIX TZ string."""
    std, i = _tz_name(s, 0)
    if std is None:
        return None
    west, i = _tz_offset(s, i)
    if west is None:
        return None
    dst, i = _tz_name(s, i)
    if dst is None:
        return (std, -west, None, -west, None, None) if i == len(s) else None
    dwest, i = _tz_offset(s, i)
    if dwest is None:
        dwest = west - 3600
    if i == len(s):
        return (std, -west, dst, -dwest, ("M", (3, 2, 0), 7200), ("M", (11, 1, 0), 7200))
    if s[i] != ",":
        return None
    start, i = _tz_rule(s, i + 1)
    if start is None or s[i:i + 1] != ",":
        return None
    end, i = _tz_rule(s, i + 1)
    if end is None or i != len(s):
        return None
    return (std, -west, dst, -dwest, start, end)


def _rule_day(rule, year):
    """The day number (days since 1970) a DST rule names in `year`."""
    kind, nums, _ = rule
    jan1 = _days_from_civil(year, 1, 1)
    if kind == "J":
        n = nums[0]
        return jan1 + n - 1 + (1 if _is_leap(year) and n >= 60 else 0)
    if kind == "n":
        return jan1 + nums[0]
    m, w, d = nums
    first = _days_from_civil(year, m, 1)
    day = first + (d - (first + 4) % 7) % 7 + (w - 1) * 7
    if w == 5:
        nxt = _days_from_civil(year + m // 12, m % 12 + 1, 1)
        while day >= nxt:
            day -= 7
    return day


def _tz_info(utc):
    """(offset east of UTC, is DST, zone name) at `utc` seconds."""
    tz = _zone
    if tz is None:
        off = _utcoffset()
        return off, 0, "UTC" if off == 0 else None
    std, soff, dst, doff, start, end = tz
    if dst is None:
        return soff, 0, std
    year = _civil_from_days((utc + soff) // 86400)[0]
    # Rule times are local: the start in standard time, the end in DST.
    on = _rule_day(start, year) * 86400 + start[2] - soff
    off = _rule_day(end, year) * 86400 + end[2] - doff
    if on < off:
        in_dst = on <= utc < off
    else:
        in_dst = not (off <= utc < on)
    return (doff, 1, dst) if in_dst else (soff, 0, std)


def _local_offset(local, isdst=-1):
    """The offset east of UTC that makes `local` seconds (wall clock) a
    real instant: the one isdst names (1 DST, 0 standard time), as C's
    mktime(); for -1, standard time unless that instant is in DST."""
    tz = _zone
    if tz is None or tz[2] is None:
        return _tz_info(local)[0]
    soff, doff = tz[1], tz[3]
    if isdst >= 0:
        return doff if isdst else soff
    if not _tz_info(local - soff)[1]:
        return soff
    return doff


_zone = None
_clock_time = time


def tzset():
    global _zone, timezone, altzone, daylight, tzname, time
    import os
    _zone = _parse_tz(os.environ.get("TZ", ""))
    time = _time_from_local_clock if _zone is not None and _clock_is_local else _clock_time
    year = _civil_from_days(int(_clock_time()) // 86400)[0]
    jan = _tz_info(_days_from_civil(year, 1, 1) * 86400)
    jul = _tz_info(_days_from_civil(year, 7, 1) * 86400)
    if jan[0] > jul[0]:
        jan, jul = jul, jan
    timezone, altzone = -jan[0], -jul[0]
    daylight = int(jan[0] != jul[0])
    tzname = (jan[2] or "UTC", jul[2] or "UTC")


def _time_from_local_clock():
    local = _clock_time()
    return local - _local_offset(int(local))


def _secs_arg(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs)
    if not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def _broken_down(secs, offset, isdst, zone):
    days, rem = divmod(secs + offset, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7, yday, isdst, zone, offset))


def gmtime(secs=None):
    return _broken_down(_secs_arg(secs), 0, 0, "GMT")


def localtime(secs=None):
    secs = _secs_arg(secs)
    off, isdst, zone = _tz_info(secs)
    return _broken_down(secs, off, isdst, zone)


def mktime(t):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    y, mo, d, h, mi, s = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    local = (_days_from_civil(y, mo, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s
    return float(local - _local_offset(local, t[8]))


def _tuple_arg(t, func):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % func)
    for i, what in ((1, "month"), (2, "day of month"), (3, "hour"), (4, "minute"),
                    (5, "seconds"), (6, "day of week"), (7, "day of year")):
        v = t[i]
        lo, hi = ((0, 12), (0, 31), (0, 23), (0, 59), (0, 61), (-1000, 1000), (0, 366))[i - 1]
        if not lo <= v <= hi:
            raise ValueError(what + " out of range")
    if not isinstance(t, struct_time):
        t = struct_time(t)
    return t


def asctime(t=None):
    t = _tuple_arg(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6] % 7][:3], _MONTHS[max(t[1], 1) - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    import _strptime
    return _strptime._strftime(format, _tuple_arg(t, "strftime"))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


import sys as _sys
_clock_is_local = _sys.platform == "dos"
del _sys
tzset()
