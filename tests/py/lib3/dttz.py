# datetime with time zones: timezone, tzinfo subclasses, aware arithmetic and
# comparison, astimezone, timestamps, local time under a POSIX TZ
import os, time
from datetime import datetime, date, timedelta, timezone, tzinfo, time as dtime, UTC
os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
time.tzset()
cet = timezone(timedelta(hours=1), "CET")
print(repr(timezone.utc), repr(cet), repr(timezone(timedelta(hours=-5))), str(cet), str(timezone(timedelta(hours=-5, minutes=-30))))
print(timezone.utc, UTC is timezone.utc, timezone.min, timezone.max, timezone(timedelta(0)) is timezone.utc, cet == timezone(timedelta(hours=1)))
print(cet.utcoffset(None), cet.tzname(None), cet.dst(None), timezone(timedelta(seconds=1)).tzname(None))
a = datetime(2024, 7, 1, 12, 0, tzinfo=cet)
b = datetime(2024, 7, 1, 11, 0, tzinfo=timezone.utc)
print(repr(a), a, a.utcoffset(), a.tzname(), a.dst(), a == b, a - b, hash(a) == hash(b), a.timestamp(), b.timestamp())
print(a.astimezone(timezone.utc), b.astimezone(cet), a.utctimetuple(), a.isoformat(), a.timetz(), repr(a.timetz()))
print(a.strftime("%Y-%m-%d %H:%M:%S %z %Z %f %%"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
n = datetime(2024, 7, 1, 12)
print(n == a, n != a)
for f in (lambda: n < a, lambda: n - a, lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: dtime(1, tzinfo=cet) < dtime(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Fixed(tzinfo):
    def __init__(self, minutes):
        self.off = timedelta(minutes=minutes)
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "F%d" % (self.off.total_seconds() // 60)
f = Fixed(-90)
x = datetime(2000, 1, 1, 0, 0, tzinfo=f)
print(repr(x.tzname()), x.utcoffset(), x.isoformat(), x.astimezone(timezone.utc), datetime(2000, 1, 1, tzinfo=timezone.utc).astimezone(f))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1e9, cet), datetime.fromtimestamp(86400 * 365.25, f))
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
# local time from TZ: winter, summer, the switches
for ts in (0, 1e9, 1711846799, 1711846800, 1729990799, 1729990800, 1720000000.25):
    print(ts, datetime.fromtimestamp(ts), datetime.utcfromtimestamp(ts), time.localtime(ts).tm_isdst, time.strftime("%Z %z", time.localtime(ts)))
for dt in (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12), datetime(1970, 1, 1), datetime(2024, 3, 31, 3, 30)):
    print(dt, dt.timestamp(), datetime.fromtimestamp(dt.timestamp()) == dt, dt.astimezone(), dt.astimezone().tzname())
print(time.timezone, time.altzone, time.daylight, time.tzname)
os.environ["TZ"] = "EST5EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname, datetime.fromtimestamp(1e9), datetime.fromtimestamp(1.2e9))
os.environ["TZ"] = "<+0330>-3:30"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname, datetime.fromtimestamp(0), time.localtime(0))
os.environ["TZ"] = "UTC0"
time.tzset()
print(time.timezone, time.tzname, datetime.fromtimestamp(1e9), datetime(2001, 9, 9, 1, 46, 40).timestamp())
now = datetime.now()
print(type(now).__name__, abs(now - datetime.fromtimestamp(time.time())) < timedelta(seconds=5), date.today() == now.date() or True)
print(datetime.now(timezone.utc).tzinfo, abs(datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(seconds=5))
# the repeated and the skipped hour: fold picks the reading
os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
time.tzset()
for dt in (datetime(2024, 10, 27, 2, 30), datetime(2024, 10, 27, 2, 30, fold=1), datetime(2024, 3, 31, 2, 30),
           datetime(2024, 3, 31, 2, 30, fold=1)):
    print(repr(dt), dt.timestamp(), datetime.fromtimestamp(dt.timestamp()), dt.astimezone(timezone.utc))
