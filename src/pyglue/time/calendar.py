# The calendar half of the time module: struct_time, gmtime, localtime,
# mktime, strftime, asctime and ctime. Local time is UTC plus the platform's
# current offset (_utcoffset(); DOS keeps local time and has no time zones,
# so the offset there is whatever the clock says, without DST rules).

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class struct_time:
    n_fields = 11
    n_sequence_fields = 9

    def __init__(self, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        self._t = seq
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._t[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % p for p in zip(_FIELDS, self._t))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _broken_down(secs, offset, zone):
    if secs is None:
        secs = time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    secs = int(secs // 1) + offset
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7, yday, 0), zone, offset)


def gmtime(secs=None):
    return _broken_down(secs, 0, "UTC")


def localtime(secs=None):
    off = _utcoffset()
    return _broken_down(secs, off, "UTC" if off == 0 else None)


def mktime(t):
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    y, mo, d, h, mi, s = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    return float(_days_from_civil(y, mo, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s - _utcoffset()


def _tuple_arg(t):
    if t is None:
        return localtime()
    if not isinstance(t, struct_time):
        t = struct_time(t)
    return t


def asctime(t=None):
    t = _tuple_arg(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    t = _tuple_arg(t)
    y, mo, d, h, mi, s, wd, yd = t[:8]
    codes = {
        "Y": "%d" % y, "y": "%02d" % (y % 100), "m": "%02d" % mo, "d": "%02d" % d,
        "H": "%02d" % h, "M": "%02d" % mi, "S": "%02d" % s, "j": "%03d" % yd,
        "I": "%02d" % ((h + 11) % 12 + 1), "p": "AM" if h < 12 else "PM",
        "a": _DAYS[wd][:3], "A": _DAYS[wd], "b": _MONTHS[mo - 1][:3], "B": _MONTHS[mo - 1],
        "w": "%d" % ((wd + 1) % 7), "e": "%2d" % d, "%": "%",
        "c": asctime(t), "x": "%02d/%02d/%02d" % (mo, d, y % 100), "X": "%02d:%02d:%02d" % (h, mi, s),
        "D": "%02d/%02d/%02d" % (mo, d, y % 100), "T": "%02d:%02d:%02d" % (h, mi, s),
        "F": "%d-%02d-%02d" % (y, mo, d), "R": "%02d:%02d" % (h, mi),
        "Z": t.tm_zone or "", "z": "+0000" if not t.tm_gmtoff else "%+03d%02d" % divmod(t.tm_gmtoff // 60, 60),
    }
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%" and i + 1 < len(format):
            code = format[i + 1]
            out.append(codes.get(code, "%" + code))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
