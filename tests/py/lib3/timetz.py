# time module extras: struct_time as a tuple, gmtime/localtime/mktime under a
# POSIX TZ, timezone/altzone/tzname, asctime/ctime, strftime range errors
import os, time
st = time.gmtime(1e9)
print(st, isinstance(st, tuple), st[:3], st[-1], st.tm_zone, st.tm_gmtoff, len(st), list(st) == list(tuple(st)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mday, time.struct_time(range(11)).tm_zone, st.n_fields, st.n_sequence_fields)
for tz in ("CET-1", "CET-1CEST,M3.5.0,M10.5.0/3", "EST5EDT,M3.2.0,M11.1.0", "IST-5:30", "<-03>3", "NZST-12NZDT,M9.5.0,M4.1.0/3", "UTC"):
    os.environ["TZ"] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for secs in (0, 1e9, 1720000000, 1705000000):
        lt = time.localtime(secs)
        print(" ", tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.asctime(lt), time.strftime("%z %Z", lt))
    print(" ", time.mktime((2024, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)), time.ctime(86400 * 10000))
del os.environ["TZ"]
os.environ["TZ"] = "UTC0"
time.tzset()
print(time.ctime(0), time.asctime(time.gmtime(0)), time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 0, 0, 0)))
for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2)):
    try:
        print(time.strftime("%Y", bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for f in (lambda: time.mktime(5), lambda: time.asctime("x"), lambda: time.strftime(5), lambda: time.localtime(float("nan"))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(time.strptime("2024", "%Y"), time.strptime("12:30", "%H:%M").tm_hour)
