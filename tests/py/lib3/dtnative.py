# datetime: the native fast paths and their Python fallbacks agree
# (subclasses, keywords, floats, aware values, errors, hashing)
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class D(date):
    pass


class DT(datetime):
    pass


class TD(timedelta):
    pass


td = timedelta
print(td(1, 2, 3), td(days=1, seconds=2, microseconds=3), td(weeks=1, days=-1, hours=-1, minutes=1, milliseconds=-1))
print(td(True), td(seconds=-1, microseconds=-1), td(hours=1.5, minutes=-0.25), repr(td(0, 0, 10 ** 6)))
print(attempt(lambda: td(days=999999999, hours=24)), attempt(lambda: -td.max - td(microseconds=1)))
t = TD(hours=5)
print(type(t).__name__, type(t + td(1)).__name__, type(-t).__name__, t == td(hours=5), hash(t) == hash(td(hours=5)))
print(td(hours=24) == td(1), hash(td(hours=24)) == hash(td(1)), td(-1) < td(0) < td(microseconds=1), bool(-td(0)))
print(td(1) + td(-1), td(1) - td(seconds=1), td(0) != td(0), td(1).__add__(5), td(1).__eq__("x"))
print(len({td(1), td(hours=24), td(days=1, microseconds=0), td(2)}), td(1).days, td(seconds=70).seconds, td(microseconds=7).microseconds)

print(date(2024, 2, 29), date(year=2024, month=1, day=31), date(2024, month=3, day=1), repr(D(2020, 5, 6)))
for bad in (lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2024, 13, 1), lambda: date(2024, 1),
            lambda: date(2024.0, 1, 1), lambda: date(2024, day=1)):
    print(attempt(bad))
d = date(2024, 2, 28)
print(d + td(1), td(2) + d, d - td(59), d - date(2023, 2, 28), d - td(hours=23), d + td(hours=-1), d.toordinal(), d.weekday())
print(type(D(2020, 1, 1) + td(1)).__name__, type(D(2020, 1, 1) - td(1)).__name__, D(2020, 1, 2) - date(2020, 1, 1))
print(attempt(lambda: date.max + td(1)), attempt(lambda: date.min - td(1)), d.__sub__(1), d.__add__(d))
print(d == date(2024, 2, 28), d == D(2024, 2, 28), hash(d) == hash(D(2024, 2, 28)), d < D(2024, 3, 1), d >= date(2024, 2, 28))
print(d == datetime(2024, 2, 28), d != datetime(2024, 2, 28), attempt(lambda: d < datetime(2024, 2, 28)), d.__eq__(1))
print(d.isoformat(), str(D(1, 1, 1)), d.year, d.month, d.day)

dt = datetime(2024, 2, 29, 23, 59, 59, 999999)
print(dt, repr(dt), datetime(2024, 1, 1, tzinfo=None), datetime(2024, 1, 1, 1, 2, 3, 4, None, fold=1).fold)
print(datetime(year=1, month=1, day=1, microsecond=5), attempt(lambda: datetime(2024, 1, 1, 24)), attempt(lambda: datetime(2024, 1, 1, fold=2)))
print(attempt(lambda: datetime(2024, 1, 1, tzinfo=1)))
print(dt + td(microseconds=1), dt - td(days=60), td(1) + dt, dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(attempt(lambda: datetime.max + td(microseconds=1)), attempt(lambda: datetime.min - td(1)), dt.__add__(1))
print(type(DT(2020, 1, 1) + td(1)).__name__, type(DT(2020, 1, 1) - td(1)).__name__, DT(2020, 1, 2) - datetime(2020, 1, 1))
print(dt.date(), type(dt.date()).__name__, DT(2020, 1, 2).date(), dt.toordinal(), dt.weekday(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo)
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="x"), dt.isoformat(timespec="seconds"), attempt(lambda: dt.isoformat("ab")))
print(datetime(2024, 1, 1).isoformat(), str(datetime(2024, 1, 1, 5)), str(DT(2024, 1, 1, 5, 6, 7, 8)))
print(dt > datetime(2024, 2, 29), dt == DT(2024, 2, 29, 23, 59, 59, 999999), hash(dt) == hash(DT(2024, 2, 29, 23, 59, 59, 999999)))

utc, cet = timezone.utc, timezone(td(hours=1), "CET")
a = datetime(2024, 7, 1, 12, tzinfo=utc)
b = datetime(2024, 7, 1, 13, tzinfo=cet)
print(a == b, hash(a) == hash(b), a - b, a < b, a <= b, a + td(hours=1), (a + td(1)).tzinfo is utc, b - td(hours=13))
print(a == datetime(2024, 7, 1, 12), attempt(lambda: a < datetime(2024, 7, 1, 12)), attempt(lambda: a - datetime(2024, 7, 1)))
print(a.isoformat(), str(b), b.isoformat(timespec="minutes"), datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
print(hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)), datetime(2024, 1, 1, fold=1) + td(0))


class Odd(tzinfo):
    def utcoffset(self, dt):
        return td(minutes=30)


o = datetime(2024, 1, 1, tzinfo=Odd())
print(o - datetime(2024, 1, 1, tzinfo=utc), o == datetime(2023, 12, 31, 23, 30, tzinfo=utc), o.time(), o.timetz().hour)
print(time(1, 2, 3).hour, time(1, 2, 3, 4).microsecond, time(fold=1).fold, time(tzinfo=utc).tzinfo)
