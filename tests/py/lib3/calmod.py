# calendar: leap years, month ranges, weekdays, month/year text, timegm, errors
import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.leapdays(2025, 1900))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2000, 12), calendar.weekday(2024, 2, 29), calendar.weekday(12000, 1, 1))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2), end="")
print(calendar.month(2021, 8, 4, 2), end="")
print(calendar.calendar(2024))
print(calendar.TextCalendar(6).formatmonth(2024, 9))
print(calendar.timegm((2024, 2, 29, 13, 5, 9, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], list(calendar.month_abbr)[:3])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekheader(3), calendar.weekheader(9))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), list(c.itermonthdays(2024, 2))[:10], list(c.itermonthdays2(2024, 2))[:3])
print(list(c.itermonthdates(2024, 2))[0], c.monthdatescalendar(2024, 2)[-1][-1], len(c.yeardayscalendar(2024)), len(c.yeardays2calendar(2024, 4)[0]))
print(list(calendar.Calendar().itermonthdays4(2024, 3))[:2])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
calendar.prmonth(2024, 3)
calendar.setfirstweekday(0)
for f in (lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 0, 1), lambda: calendar.setfirstweekday(7)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
