# zoneinfo: ZoneInfo from TZif files on TZPATH (tzdata/ beside this
# script), transitions, the footer rule, folds and gaps, errors
import os
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tzdata")


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


os.environ["PYTHONTZPATH"] = here
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH == (here,), sorted(key.upper() for key in zoneinfo.available_timezones()))  # DOS names are upper case
os.environ["PYTHONTZPATH"] = ""
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath([here])
print(zoneinfo.TZPATH == (here,))

utc = ZoneInfo("UTC")
print(repr(utc), str(utc), utc is ZoneInfo("UTC"), utc.key, utc.utcoffset(None), utc.tzname(None), utc.dst(None))
print(datetime(2024, 5, 6, 7, 8, tzinfo=utc), datetime(2024, 5, 6, tzinfo=utc).utcoffset(), ZoneInfo.no_cache("UTC") is utc)
ber = ZoneInfo("Europe/Berlin")
print(repr(ber), ber.utcoffset(None), ber.tzname(None))
for args in ((1, 1, 2), (1890, 6, 1), (1916, 5, 1, 12), (1945, 6, 1), (1990, 1, 15), (2024, 7, 1, 12), (2040, 7, 1),
             (2040, 12, 1), (2099, 3, 29, 1, 59), (2099, 3, 29, 3), (9999, 12, 31)):
    d = datetime(*args, tzinfo=ber)
    print(d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(timezone.utc))
# The spring gap and the autumn repeat, with fold 0 and 1, in the
# transitions (2024) and under the footer rule (2045).
for y, spring, autumn in ((2024, 31, 27), (2045, 26, 29)):
    for fold in (0, 1):
        g = datetime(y, 3, spring, 2, 30, tzinfo=ber, fold=fold)
        r = datetime(y, 10, autumn, 2, 30, tzinfo=ber, fold=fold)
        print(y, fold, g.utcoffset(), g.tzname(), g.astimezone(timezone.utc), r.utcoffset(), r.tzname(),
              r.astimezone(timezone.utc))
    for h in range(-1, 4):
        u = datetime(y, 10, autumn, 0, 30, tzinfo=timezone.utc) + timedelta(hours=h)
        loc = u.astimezone(ber)
        print(u, loc, loc.fold, loc.tzname(), loc.astimezone(timezone.utc) == u)
    for h in range(-1, 3):
        u = datetime(y, 3, spring, 0, 30, tzinfo=timezone.utc) + timedelta(hours=h)
        loc = u.astimezone(ber)
        print(u, loc, loc.fold, loc.dst())
tok = ZoneInfo("Asia/Tokyo")
print(datetime(2024, 1, 1, tzinfo=tok).astimezone(ber), datetime(1950, 5, 10, tzinfo=tok).dst(), tok.tzname(datetime(1800, 1, 1)))
print(datetime(2024, 1, 1, 12, tzinfo=tok) - datetime(2024, 1, 1, 12, tzinfo=ber), datetime(2024, 1, 1, 4, tzinfo=ber) == datetime(2024, 1, 1, 12, tzinfo=tok))
with open(os.path.join(here, "Asia", "Tokyo"), "rb") as f:
    z = ZoneInfo.from_file(f, key="Tokyo file")
print(z.key, str(z), z is not tok, datetime(2024, 1, 1, tzinfo=z).utcoffset(), attempt(lambda: ZoneInfo.from_file(open(os.path.join(here, "..", "zonetest.py"), "rb"))))
ZoneInfo.clear_cache(only_keys=["UTC"])
print(ZoneInfo("UTC") is utc, ZoneInfo("Europe/Berlin") is ber)
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/Berlin") is ber, ZoneInfo("Europe/Berlin") == ber, issubclass(ZoneInfoNotFoundError, KeyError))
for bad in (lambda: ZoneInfo("Mars/Olympus"), lambda: ZoneInfo("Europe/../UTC"), lambda: ZoneInfo("../UTC"),
            lambda: zoneinfo.reset_tzpath("abc"), lambda: zoneinfo.reset_tzpath(["relative/dir"]),
            lambda: ZoneInfo.no_cache("Europe")):
    print(attempt(bad))
