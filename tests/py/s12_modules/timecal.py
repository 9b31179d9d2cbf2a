# time: gmtime/mktime/strftime/asctime on fixed instants (UTC fields), struct_time as a sequence
import time
for secs in (0, 86400 * 365 + 3600 * 5 + 61, 951782400, 1000000000, 1709208000.75, -86400, 4102444800):
    g = time.gmtime(secs)
    print(tuple(g), g.tm_year, g.tm_yday, g.tm_wday, time.asctime(g))
    print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %I %w %y %% %e|%F %T %D %R", g))
g = time.gmtime(1000000000)
print(g, len(g), g[0], list(g)[:3], g == tuple(g))
print(time.mktime(time.localtime(1000000000)) == 1000000000, time.localtime(1000000000).tm_min == g.tm_min)
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.strftime("%H:%M", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(isinstance(time.ctime(), str), len(time.ctime(0)), time.gmtime().tm_year >= 2024)
for bad in (lambda: time.struct_time((1, 2)), lambda: time.gmtime("x")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
# far from 1970 both ways, and past what the calendar takes
for secs in (-86400 * 365 * 3000, 86400 * 365 * 9000, 253402300799):
    print(tuple(time.gmtime(secs)))
for far in (10 ** 30, 1e30):
    try:
        time.gmtime(far)
    except OverflowError:
        print("OverflowError")
