# The datetime module: timedelta, date, time, datetime, tzinfo, timezone.
#
# What is native and why: the calendar arithmetic (a date to and from its
# day number) is the program's one calendar in Rust (src/calendar.rs,
# reached through time._days_from_civil / _civil_from_days). The classes
# are written here in full, and this Python is their behaviour; at the
# end `_datetime.install` (src/pyglue/datetime/) replaces their hot
# methods (construction, arithmetic, comparisons, hashing, toordinal,
# weekday, isoformat, the field getters) by natives that do the common
# case in one call, as CPython's C module does, and call the Python
# method below for everything else (subclasses, time zones, errors).
# A datetime keeps its fields as given; arithmetic goes through day
# numbers (ordinals: 0001-01-01 is day 1) and seconds of the day.

import time as _time
from time import _days_from_civil, _civil_from_days

MINYEAR = 1
MAXYEAR = 9999
_EPOCH_ORD = 719163  # ordinal of 1970-01-01
_MAX_ORD = 3652059   # ordinal of 9999-12-31
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DIM[m]


def _ymd2ord(y, m, d):
    return _days_from_civil(y, m, d) + _EPOCH_ORD


def _ord2ymd(n):
    return _civil_from_days(n - _EPOCH_ORD)


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None


def _check_date(y, m, d):
    for name, pos, v in (("month", 2, m), ("day", 3, d)):
        if v is None:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    y, m, d = _index(y), _index(m), _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h, mi, s, us, fold = _index(h), _index(mi), _index(s), _index(us), _index(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _name(obj):
    cls = type(obj)
    if cls in (timedelta, date, time, datetime, timezone):
        return "datetime." + cls.__name__
    return cls.__qualname__


def _new_date(cls, y, m, d):
    """A date from fields known valid: no checks for the exact type."""
    if cls is not date:
        return cls(y, m, d)
    self = object.__new__(date)
    self._year, self._month, self._day = y, m, d
    return self


def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz):
    """A datetime from fields known valid: no checks for the exact type."""
    if cls is not datetime:
        return cls(y, m, d, hh, mi, ss, us, tz)
    self = object.__new__(datetime)
    self._year, self._month, self._day = y, m, d
    self._hour, self._minute, self._second, self._microsecond = hh, mi, ss, us
    self._tzinfo = tz
    self._fold = 0
    return self


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_name(x), _name(y)))


# --- timedelta ---------------------------------------------------------

class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        us = 0
        frac = 0.0
        for v, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                         (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                         (weeks, 604800000000)):
            if isinstance(v, int):
                us += v * scale
            elif isinstance(v, float):
                if v != v or v in (float("inf"), float("-inf")):
                    raise ValueError("cannot convert float %s to integer" % ("NaN" if v != v else "infinity"))
                whole = int(v)
                us += whole * scale
                frac += (v - whole) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")[
                        (days, seconds, microseconds, milliseconds, minutes, hours, weeks).index(v)],
                    type(v).__name__))
        if frac:
            us += round(frac)
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, self._microseconds = divmod(us, 1000000)
        d, self._seconds = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_name(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_even(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_us(_div_even(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _div_even(a, b):
    """a / b rounded to the nearest int, ties to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    elif r2 < b or (r2 == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date --------------------------------------------------------------

class date:
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(_round_ts(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORD:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            ymd = _parse_iso_date(s)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        o = self.toordinal()
        week1 = _iso_week1_monday(y)
        week, day = divmod(o - week1, 7)
        if week < 0:
            y -= 1
            week, day = divmod(o - _iso_week1_monday(y), 7)
        elif week >= 52 and o >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return IsoCalendarDate(y, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def _cmpable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime) != isinstance(self, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if self._cmpable(other):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._cmpable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._cmpable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._cmpable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._cmpable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAX_ORD:
                y, m, d = _ord2ymd(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _iso_week1_monday(year):
    """The ordinal of the Monday that starts ISO week 1 of `year`."""
    jan4 = _ymd2ord(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        if week != 53 or _iso_week1_monday(year + 1) - _iso_week1_monday(year) != 53 * 7:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    o = _ymd2ord(y, m, d)
    return _time.struct_time((y, m, d, hh, mm, ss, (o + 6) % 7, o - _ymd2ord(y, 1, 1) + 1, dst))


def _wrap_strftime(obj, fmt, tt):
    """strftime with %f, %z and %Z taken from `obj`, the rest by time."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
            elif d == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append("" if off is None else _format_offset(off, ""))
            elif d == "Z":
                name = obj.tzname() if hasattr(obj, "tzname") else None
                out.append("" if name is None else name.replace("%", "%%"))
            else:
                out.append("%" + d)
        else:
            out.append(c)
            i += 1
    return _time.strftime("".join(out), tt)


def _format_offset(off, sep=":"):
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """(y, m, d) of YYYY-MM-DD, YYYYMMDD, YYYY-Www-D or YYYYWwwD."""
    y = _digits(s, 0, 4)
    rest = s[4:]
    dash = rest[:1] == "-"
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        w = _digits(rest, 1, 2)
        rest = rest[3:]
        d = 1
        if rest:
            if dash:
                if rest[0] != "-":
                    raise ValueError
                rest = rest[1:]
            d = _digits(rest, 0, 1)
            rest = rest[1:]
        if rest:
            raise ValueError
        return _from_iso_calendar(y, w, d)
    m = _digits(rest, 0, 2)
    rest = rest[2:]
    if dash:
        if rest[:1] != "-":
            raise ValueError
        rest = rest[1:]
    d = _digits(rest, 0, 2)
    if rest[2:]:
        raise ValueError
    return y, m, d


def _parse_iso_time(s):
    """(h, m, s, us, tzinfo) of an ISO 8601 time with optional offset."""
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tzs = s[i:]
            s = s[:i]
            if tzs == "Z":
                tz = timezone.utc
            else:
                h, m, sec, us, _ = _parse_hms(tzs[1:])
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not off else timezone(-off if c == "-" else off)
            break
    return _parse_hms(s)[:4] + (tz,)


def _parse_hms(s):
    if not s:
        raise ValueError
    h = _digits(s, 0, 2)
    rest = s[2:]
    colon = rest[:1] == ":"
    vals = [h, 0, 0]
    for k in (1, 2):
        if not rest or rest[0] in ".,":
            break
        if colon:
            if rest[0] != ":":
                raise ValueError
            rest = rest[1:]
        vals[k] = _digits(rest, 0, 2)
        rest = rest[2:]
    us = 0
    if rest:
        if rest[0] not in ".," or vals[2] is None:
            raise ValueError
        frac = rest[1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError
        us = int((frac + "00000")[:6])
    return vals[0], vals[1], vals[2], us, None


# --- tzinfo, timezone --------------------------------------------------

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        return (type(self), ())


def _type_name(obj):
    """The type name CPython's messages give: its datetime types are C
    types, named with their module."""
    t = type(obj)
    if t in (timedelta, date, datetime, time, timezone, tzinfo):
        return "datetime." + t.__name__
    return t.__name__


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, _type_name(off)))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")


def _tz_offset(tzinfo, what, arg):
    """time's and datetime's utcoffset()/dst() (`what`): tzinfo's answer
    for `arg`, checked, or None without a tzinfo."""
    if tzinfo is None:
        return None
    off = getattr(tzinfo, what)(arg)
    _check_offset(what, off)
    return off


def _tz_name(tzinfo, arg):
    """time's and datetime's tzname(): tzinfo's answer for `arg`, checked."""
    if tzinfo is None:
        return None
    name = tzinfo.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _type_name(name))
    return name


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and cls is timezone and "utc" in timezone.__dict__:
            return timezone.utc
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_name(self), self._offset)
        return "%s(%r, %r)" % (_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is not None:
                return self._name
            if not self._offset:
                return "UTC"
            return "UTC" + _format_offset(self._offset)
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --- time --------------------------------------------------------------

def _init_clock(self, hour, minute, second, microsecond, tzinfo, fold):
    """The fields time and datetime share, checked; no hash yet."""
    self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
        hour, minute, second, microsecond, fold)
    _check_tzinfo(tzinfo)
    self._tzinfo = tzinfo


# hour, minute, second, microsecond, tzinfo, fold of time and datetime.
_CLOCK_PROPERTIES = (
    property(lambda self: self._hour),
    property(lambda self: self._minute),
    property(lambda self: self._second),
    property(lambda self: self._microsecond),
    property(lambda self: self._tzinfo),
    property(lambda self: self._fold),
)


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        _init_clock(self, hour, minute, second, microsecond, tzinfo, fold)
        return self

    hour, minute, second, microsecond, tzinfo, fold = _CLOCK_PROPERTIES

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            fields = _parse_iso_time(s[1:] if s[:1] == "T" else s)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*fields)

    def _tod_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp_key(self, other, op):
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if op == "==":
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        x, y = self._tod_us(), other._tod_us()
        if a is not None and a != b:
            x -= a._us()
            y -= b._us()
        return x, y

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        k = self._cmp_key(other, "==")
        return k is not None and k[0] == k[1]

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        x, y = self._cmp_key(other, "<")
        return x < y

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        x, y = self._cmp_key(other, "<=")
        return x <= y

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        x, y = self._cmp_key(other, ">")
        return x > y

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        x, y = self._cmp_key(other, ">=")
        return x >= y

    def __hash__(self):
        off = self.utcoffset()
        t = self._tod_us()
        if off:
            t -= off._us()
        return hash(t if off is not None else (self._hour, self._minute, self._second, self._microsecond))

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_name(self), s)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        return s if off is None else s + _format_offset(off)

    __str__ = isoformat

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        return _tz_offset(self._tzinfo, "utcoffset", None)

    def tzname(self):
        return _tz_name(self._tzinfo, None)

    def dst(self):
        return _tz_offset(self._tzinfo, "dst", None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ----------------------------------------------------------

def _round_ts(t):
    """(whole seconds, microseconds) of timestamp t, rounded half to even."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        if hasattr(t, "__float__"):
            t = float(t)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (float("inf"), float("-inf")):
        raise OverflowError("cannot convert float infinity to integer")
    secs = int(t // 1)
    us = round((t - secs) * 1e6)
    if us >= 1000000:
        secs += 1
        us -= 1000000
    return secs, us


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        _init_clock(self, hour, minute, second, microsecond, tzinfo, fold)
        return self

    hour, minute, second, microsecond, tzinfo, fold = _CLOCK_PROPERTIES

    @classmethod
    def _from_seconds(cls, secs, us, tz):
        """The datetime `secs` seconds after 1970 (a wall clock) plus us."""
        days, sod = divmod(secs, 86400)
        o = days + _EPOCH_ORD
        if not 1 <= o <= _MAX_ORD:
            raise ValueError("year %d is out of range" % _civil_from_days(days)[0])
        y, m, d = _civil_from_days(days)
        return _new_datetime(cls, y, m, d, sod // 3600, sod // 60 % 60, sod % 60, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _round_ts(t)
        if tz is not None:
            return tz.fromutc(cls._from_seconds(secs, us, tz))
        return cls._from_seconds(secs + _local_offset_at(secs), us, None)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _round_ts(t)
        return cls._from_seconds(secs, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            n = 10 if s[4:5] == "-" else 8
            if s[4:5] == "-" and s[5:6] == "W" or s[4:5] == "W":
                n = len(s)
                for i in range(7, len(s)):
                    if s[i] in "T ":
                        n = i
                        break
            ymd = _parse_iso_date(s[:n])
            rest = s[n:]
            if rest:
                tm = _parse_iso_time(rest[1:])
            else:
                tm = (0, 0, 0, 0, None)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*(ymd + tm))

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else int(bool(dst))
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, dst)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self - off if off else self
        return _build_struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_seconds(self):
        return (self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None:
            local = self._local_seconds()
            return local - _local_to_utc_offset(local, self._fold) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            secs = int(self.timestamp() // 1) if self._tzinfo is None else \
                (self - _EPOCH)._days * 86400 + (self - _EPOCH)._seconds
            off, isdst, name = _time._tz_info(secs)
            tz = timezone(timedelta(seconds=off), name)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self._tzinfo
        off = None if mytz is None else self.utcoffset()
        if off is None:
            # As CPython: the zone in force at the instant the wall clock
            # names (which, in a skipped hour, is not the one that named it).
            local = self._local_seconds()
            utc = local - _local_to_utc_offset(local, self._fold)
            off = timedelta(seconds=_local_offset_at(utc))
        if tz is mytz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % (
                "str" if isinstance(sep, str) else type(sep).__name__))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        return s if off is None else s + _format_offset(off)

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_name(self), ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        return _tz_offset(self._tzinfo, "utcoffset", self)

    def tzname(self):
        return _tz_name(self._tzinfo, self)

    def dst(self):
        return _tz_offset(self._tzinfo, "dst", self)

    def _us(self):
        """Microseconds since 0001-01-01 of the wall clock."""
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        a = self.utcoffset()
        b = other.utcoffset()
        if a == b:
            return _cmp(self._us(), other._us())
        if (a is None) != (b is None):
            if op == "==":
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._us() - a._us(), other._us() - b._us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, "==") == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, "<") < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, "<=") <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, ">") > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, ">=") >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        off = t.utcoffset()
        return hash(t._us() if off is None else t._us() - off._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, rem = divmod(us, 86400000000)
        if not 1 <= days <= _MAX_ORD:
            raise OverflowError("date value out of range")
        secs, micro = divmod(rem, 1000000)
        y, m, d = _civil_from_days(days - _EPOCH_ORD)
        return _new_datetime(type(self), y, m, d, secs // 3600, secs // 60 % 60, secs % 60, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta._from_us(self._us() - other._us())
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            d = self._us() - other._us()
            if a is not None:
                d -= a._us() - b._us()
            return timedelta._from_us(d)
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


def _local_offset_at(utc_secs):
    return _time._tz_info(utc_secs)[0]


def _local_to_utc_offset(local, fold):
    """The local zone's offset for wall-clock seconds `local`. Of a
    repeated hour's two readings fold 0 picks the earlier, fold 1 the
    later; in a skipped hour fold 0 takes the offset before the change."""
    before = _local_offset_at(local - 86400)
    after = _local_offset_at(local + 86400)
    valid = [o for o in (before, after) if _local_offset_at(local - o) == o]
    if len(valid) == 2 and before != after:
        return max(valid) if fold == 0 else min(valid)
    if valid:
        return valid[0]
    return before if fold == 0 else after


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)

import _datetime
_datetime.install(timedelta, date, datetime, tzinfo, time)
del _datetime
