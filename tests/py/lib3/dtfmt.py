# strftime and strptime: datetime, date, time and the time module
import time
from datetime import datetime, date, time as dtime, timezone, timedelta
dt = datetime(2024, 3, 5, 7, 8, 9, 123456)
for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %c", "%d %j %U %W %w %u %G %V %g", "%x %X %y %C %e %D %T %F %R",
            "%I %p %l", "%%", "100%", "%h %n|%t|", "%Q", "plain"):
    print(repr(dt.strftime(fmt)))
for d in (date(2021, 1, 1), date(2020, 12, 31), date(2019, 12, 30), date(2024, 12, 30), date(2027, 1, 3)):
    print(d.strftime("%Y %G-W%V-%u %U %W %j"))
print(dtime(13, 4, 5, 6).strftime("%H|%M|%S|%f|%p|%Y"), date(2024, 1, 2).strftime("%H:%M:%S"))
cases = [("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"), ("5 March 2024", "%d %B %Y"), ("Tue Mar  5 07:08:09 2024", "%c"),
         ("03/05/24", "%x"), ("7:08 pm", "%I:%M %p"), ("12:00 AM", "%I:%M %p"), ("2024-065", "%Y-%j"),
         ("09:08:07.5", "%H:%M:%S.%f"), ("2024 10 1", "%Y %U %w"), ("2024 10 1", "%Y %W %w"), ("2024-W10-2", "%G-W%V-%u"),
         ("20240305T070809+0130", "%Y%m%dT%H%M%S%z"), ("2024-03-05 07:08 -05:00", "%Y-%m-%d %H:%M %z"),
         ("2024-03-05 UTC", "%Y-%m-%d %Z"), ("  5  mar  2024", " %d %b %Y"), ("69", "%y"), ("68", "%y"), ("Feb 29", "%b %d"),
         ("2024-03-05Z", "%Y-%m-%d%z")]
for s, f in cases:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print("ValueError", e)
    print(time.strptime(s, f) if "%z" not in f else "-")
for s, f in (("2024-03-05", "%Y-%m"), ("2024-03", "%Y-%m-%d"), ("x", "%q"), ("1", "%"), ("2024 10", "%G %V"),
             ("32", "%d"), ("2024-02-30", "%Y-%m-%d"), ("2024 10 1", "%Y %V %u")):
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError", e)
try:
    datetime.strptime(1, "%Y")
except TypeError as e:
    print("TypeError", e)
print(time.strptime("Thu Feb 29 13:05:09 2024"), time.strftime("%Y", time.strptime("1999", "%Y")))
print(datetime.strptime("2024-03-05 10:00 +0100", "%Y-%m-%d %H:%M %z").astimezone(timezone.utc))
