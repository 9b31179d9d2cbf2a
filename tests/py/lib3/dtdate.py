# datetime.date/datetime/time: construction, repr/str, arithmetic, comparison,
# replace, weekday/isocalendar, ordinals, iso formats, errors
from datetime import date, datetime, time, timedelta, MINYEAR, MAXYEAR
d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.isocalendar().week, tuple(d.isocalendar()), d.ctime(), d.timetuple())
for y, m, dd in ((2020, 12, 31), (2021, 1, 3), (2021, 1, 4), (2008, 12, 29), (2010, 1, 3), (1, 1, 1), (9999, 12, 31)):
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromordinal(730120))
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(1) + d, date(2025, 1, 1) - d, d - date(2025, 1, 1))
print(d.replace(day=1), d.replace(year=2023, day=28), d < date(2024, 3, 1), d == date(2024, 2, 29), hash(d) == hash(date(2024, 2, 29)))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
dt = datetime(2024, 2, 29, 13, 5, 9, 120)
print(repr(dt), dt, repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 1, 2, 3, 4)))
print(dt.date(), dt.time(), repr(dt.time()), dt.timetz(), dt.weekday(), dt.isocalendar(), dt.ctime(), dt.timetuple())
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"),
      dt.isoformat(timespec="hours"), dt.isoformat(sep="_", timespec="seconds"))
print(dt + timedelta(hours=11), dt - timedelta(days=60, microseconds=121), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.replace(hour=0, microsecond=0), datetime.combine(d, time(7, 8)), datetime.combine(date(2000, 1, 1), time()))
print(dt > datetime(2024, 2, 29), dt == dt.replace(), dt != d, d == dt, hash(dt) == hash(dt.replace()), sorted([dt, datetime.min, datetime.max])[1])
print(datetime.min, datetime.max, datetime.resolution, isinstance(dt, date), datetime.fromordinal(5).isoformat())
t = time(23, 59, 59, 999999)
print(repr(t), t, repr(time()), repr(time(1, 2, 3)), time(4, 5).isoformat(), t.isoformat("milliseconds"), t.replace(hour=1))
print(time.min, time.max, time.resolution, time(1) < time(2), time(1) == time(1, 0), hash(time(5)) == hash(time(5, 0, 0)), bool(time()))
for s in ("2024-02-29", "20240229", "2024-W09-4", "2024W094", "2024-W01"):
    print(s, date.fromisoformat(s))
for s in ("2024-02-29T13:05:09", "2024-02-29 13:05", "2024-02-29T13", "2024-02-29T13:05:09.5", "2024-02-29T13:05:09.123456",
          "20240229T130509", "2024-02-29T13:05:09+01:00", "2024-02-29T13:05:09Z", "2024-02-29T13:05:09-05:30",
          "2024-02-29", "2024-02-29T13:05:09.123+00:00"):
    print(s, repr(datetime.fromisoformat(s)))
for s in ("13:05:09", "13:05", "13", "130509", "13:05:09.250", "13:05:09+02:00", "T13:05"):
    print(s, repr(time.fromisoformat(s)))
for s in ("2024-02-30", "2024-13-01", "24-02-29", "2024-02-29T25:00", "2024/02/29", "", "2024-02-29T13:05:09+1"):
    for f in (date.fromisoformat, datetime.fromisoformat):
        try:
            print(f(s))
        except ValueError as e:
            print("ValueError", e)
bad = [lambda: date(0, 1, 1), lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(10000, 1, 1),
       lambda: date(2023.0, 1, 1), lambda: date("2023", 1, 1), lambda: datetime(2023, 1, 1, 24), lambda: datetime(2023, 1, 1, 0, 60),
       lambda: time(0, 0, 60), lambda: time(microsecond=10 ** 6), lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
       lambda: datetime.max + timedelta(microseconds=1), lambda: d < dt, lambda: date.fromordinal(0),
       lambda: time(fold=2), lambda: datetime(2020, 1, 1, tzinfo=1), lambda: date.fromisocalendar(2021, 53, 1),
       lambda: date.fromisocalendar(2020, 1, 8), lambda: date.fromisoformat(20200101)]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class MyDate(date):
    pass
print(repr(MyDate(2020, 1, 2)), type(MyDate(2020, 1, 2) + timedelta(1)).__name__, MyDate.today().year > 2000)
print(format(d, "%d/%m/%Y"), format(d, ""), f"{dt:%H:%M}", "{:%Y}".format(dt))
for f in (lambda: d + 1, lambda: dt - d, lambda: d < 5):
    try:
        print(f())
    except TypeError:
        print("TypeError")
