# datetime (issue 15): arithmetic on dates and datetimes: + and - of
# timedeltas, differences, comparisons, weekday/toordinal, isoformat.
from datetime import date, datetime, timedelta

start = datetime(2000, 1, 1, 8, 30)
step = timedelta(hours=7, minutes=13, seconds=5)
t = start
weekdays = [0] * 7
total = timedelta(0)
latest = start
for i in range(6000):
    t = t + step
    d = t.date()
    weekdays[d.weekday()] += 1
    total += t - start
    if t > latest:
        latest = t
    if i % 500 == 0:
        s = t.isoformat()
day = date(1990, 1, 1)
days = 0
for i in range(3000):
    day = day + timedelta(days=3)
    days += day.toordinal() - 726468
print(weekdays, total.days, latest, s, day, days)
