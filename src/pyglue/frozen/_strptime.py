# Times as text, both ways, in the C locale: time.strftime's formatting
# and the parsing for time.strptime and datetime.strptime (the format
# becomes a regular expression, one named group per directive, and the
# groups become the fields of a time). Loaded at the first call, so
# `import time` does not pay for it.


def _names(names):
    return "|".join(sorted((n.lower() for n in names), key=len, reverse=True))


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")

def _iso_week(y, yday, wday):
    """(ISO year, ISO week) of day `yday` (1-based) of `y`, weekday wday."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        last = 366 if _is_leap(y) else 365
        week = (yday + last - wday + 9) // 7
    elif week == 53 and (yday - (366 if _is_leap(y) else 365) - wday + 9) // 7 == 1:
        y, week = y + 1, 1
    return y, week


def _code(c, t):
    """The text of strftime directive %c for struct_time t (C locale)."""
    y, mo, d, h, mi, s, wd, yd = t[:8]
    wd %= 7
    mo = max(mo, 1)
    if c in "YyCmdeHMSjIlkp":
        return {
            "Y": "%d" % y, "y": "%02d" % (y % 100), "C": "%02d" % (y // 100),
            "m": "%02d" % mo, "d": "%02d" % d, "e": "%2d" % d,
            "H": "%02d" % h, "M": "%02d" % mi, "S": "%02d" % s, "j": "%03d" % max(yd, 1),
            "I": "%02d" % ((h + 11) % 12 + 1), "l": "%2d" % ((h + 11) % 12 + 1),
            "k": "%2d" % h, "p": "AM" if h < 12 else "PM",
        }[c]
    if c == "a":
        return _DAYS[wd][:3]
    if c == "A":
        return _DAYS[wd]
    if c in "bh":
        return _MONTHS[mo - 1][:3]
    if c == "B":
        return _MONTHS[mo - 1]
    if c == "P":
        return "am" if h < 12 else "pm"
    if c == "w":
        return "%d" % ((wd + 1) % 7)
    if c == "u":
        return "%d" % (wd + 1)
    if c == "U":
        return "%02d" % ((max(yd, 1) - 1 + 7 - (wd + 1) % 7) // 7)
    if c == "W":
        return "%02d" % ((max(yd, 1) - 1 + 7 - wd) // 7)
    if c in "GgV":
        iy, iw = _iso_week(y, max(yd, 1), wd)
        return {"G": "%d" % iy, "g": "%02d" % (iy % 100), "V": "%02d" % iw}[c]
    if c == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wd][:3], _MONTHS[mo - 1][:3], d, h, mi, s, y)
    if c in "xD":
        return "%02d/%02d/%02d" % (mo, d, y % 100)
    if c in "XT":
        return "%02d:%02d:%02d" % (h, mi, s)
    if c == "F":
        return "%d-%02d-%02d" % (y, mo, d)
    if c == "R":
        return "%02d:%02d" % (h, mi)
    if c == "r":
        return "%02d:%02d:%02d %s" % ((h + 11) % 12 + 1, mi, s, "AM" if h < 12 else "PM")
    if c == "n":
        return "\n"
    if c == "t":
        return "\t"
    if c == "%":
        return "%"
    if c == "Z":
        import time
        zone = getattr(t, "tm_zone", None)
        if zone is None:
            zone = time.tzname[t[8] > 0] if t[8] >= 0 else ""
        return zone
    if c == "z":
        import time
        off = getattr(t, "tm_gmtoff", None)
        if off is None:
            off = -(time.altzone if t[8] > 0 else time.timezone)
        sign = "-" if off < 0 else "+"
        off = abs(off) // 60
        return "%s%02d%02d" % (sign, off // 60, off % 60)
    if c == "s":
        import time
        return "%d" % time.mktime(t)
    return None


def _strftime(format, t):
    """time.strftime's text of struct_time t (checked by the caller)."""
    out = []
    i = 0
    n = len(format)
    while i < n:
        j = format.find("%", i)
        if j < 0:
            out.append(format[i:])
            break
        out.append(format[i:j])
        if j + 1 >= n:
            out.append("%")
            break
        text = _code(format[j + 1], t)
        out.append("%" + format[j + 1] if text is None else text)
        i = j + 2
    return "".join(out)


_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>" + _names(_DAYS) + ")",
    "a": "(?P<a>" + _names(d[:3] for d in _DAYS) + ")",
    "B": "(?P<B>" + _names(_MONTHS) + ")",
    "b": "(?P<b>" + _names(m[:3] for m in _MONTHS) + ")",
    "p": "(?P<p>am|pm)",
    "%": "%",
}
_PATTERNS["W"] = _PATTERNS["U"].replace("U", "W")
_ALIASES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_cache = {}


def _zone_pattern():
    import time
    names = {"utc", "gmt"} | {n.lower() for n in time.tzname}
    return "(?P<Z>" + "|".join(sorted((__import__("re").escape(n) for n in names), key=len, reverse=True)) + ")"


def _regex(format):
    import re
    pattern = _cache.get(format)
    if pattern is not None:
        return pattern
    out = []
    i = 0
    fmt = format
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            out.append(r"\s+" if c.isspace() else re.escape(c))
            i += 1
            while c.isspace() and i < len(fmt) and fmt[i].isspace():
                i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format '%s'" % format)
        d = fmt[i + 1]
        if d in _ALIASES:
            fmt = fmt[:i] + _ALIASES[d] + fmt[i + 2:]
            continue
        if d == "Z":
            out.append(_zone_pattern())
        elif d in _PATTERNS:
            out.append(_PATTERNS[d])
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        i += 2
    pattern = re.compile("".join(out), re.IGNORECASE)
    if len(_cache) > 20:
        _cache.clear()
    _cache[format] = pattern
    return pattern


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    from time import _days_from_civil
    return _days_from_civil(y, m, d) + 719163


def _strptime(data, format):
    """(year, month, day, hour, minute, second, weekday, yday, isdst,
    zone name, gmtoff), microseconds and the offset's microseconds."""
    for arg, what in ((data, "data_string"), (format, "format")):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (1 if what == "data_string" else 2, type(arg).__name__))
    found = _regex(format).match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, format))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    zone = None
    iso_year = iso_week = week_of_year = None
    week_starts_monday = False
    weekday = julian = None
    for key, v in g.items():
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = [m.lower() for m in _MONTHS].index(v.lower()) + 1
        elif key == "b":
            month = [m[:3].lower() for m in _MONTHS].index(v.lower()) + 1
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = g.get("p", "").lower()
            if ampm in ("", "am"):
                hour = 0 if hour == 12 else hour
            elif hour != 12:
                hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = [d.lower() for d in _DAYS].index(v.lower())
        elif key == "a":
            weekday = [d[:3].lower() for d in _DAYS].index(v.lower())
        elif key == "w":
            weekday = (int(v) - 1) % 7
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key in ("U", "W"):
            week_of_year = int(v)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            if v == "Z" or v == "z":
                gmtoff = 0
            else:
                if v[3] == ":":
                    v = v[:3] + v[4:]
                    if len(v) > 5 and v[5] != ":":
                        raise ValueError("Inconsistent use of : in %s" % g["z"])
                if len(v) > 5 and v[5] == ":":
                    v = v[:5] + v[6:]
                hours, minutes, seconds = int(v[1:3]), int(v[3:5]), int(v[5:7] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                frac = v[8:]
                gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
                if v[0] == "-":
                    gmtoff, gmtoff_fraction = -gmtoff, -gmtoff_fraction
        elif key == "Z":
            import time
            zone = v
            low = v.lower()
            if low in ("utc", "gmt"):
                tz = 0
            elif low in (n.lower() for n in time.tzname):
                if time.tzname[0] == time.tzname[1] and time.daylight:
                    tz = -1
                else:
                    tz = [n.lower() for n in time.tzname].index(low)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year, leap_fix = 1904, True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first_wd = (_ordinal(year, 1, 1) + 6) % 7
            wd = weekday
            if not week_starts_monday:
                first_wd, wd = (first_wd + 1) % 7, (wd + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - first_wd
            else:
                julian = 1 + (7 - first_wd) % 7 + 7 * (week_of_year - 1) + wd
        elif iso_year is not None and iso_week is not None:
            jan4 = _ordinal(iso_year, 1, 4)
            start = jan4 - (jan4 + 6) % 7
            o = start + (iso_week - 1) * 7 + weekday
            from time import _civil_from_days
            year, month, day = _civil_from_days(o - 719163)
            julian = o - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        from time import _civil_from_days
        y, month, day = _civil_from_days(_ordinal(year, 1, 1) + julian - 1 - 719163)
        year = y
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, zone, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data, format="%a %b %d %H:%M:%S %Y"):
    import time
    t = _strptime(data, format)[0]
    return time.struct_time(t[:9] + t[9:])


def _strptime_datetime(cls, data, format="%a %b %d %H:%M:%S %Y"):
    t, fraction, gmtoff_fraction = _strptime(data, format)
    args = t[:6] + (fraction,)
    zone, gmtoff = t[9], t[10]
    if gmtoff is not None:
        from datetime import timedelta, timezone
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(delta, zone) if zone else timezone(delta),)
    return cls(*args)
