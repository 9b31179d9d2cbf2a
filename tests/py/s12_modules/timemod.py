# time: clocks increase, sleep waits, localtime fields
import time
a = time.monotonic()
time.sleep(0.05)
b = time.monotonic()
print(b > a, b - a >= 0.04, isinstance(time.time(), float), time.time() > 1e9)
n1 = time.time_ns()
print(isinstance(n1, int), time.time_ns() >= n1)
t = time.localtime(0 + 86400 * 365)
print(type(t).__name__, len(tuple(t)), t.tm_year in (1970, 1971), 1 <= t.tm_mon <= 12)
g = time.gmtime(86400 * 365 + 3600 * 5 + 61)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.mktime(time.localtime(1000000000)) == 1000000000)
