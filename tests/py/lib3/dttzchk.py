# time/datetime utcoffset, dst and tzname with tzinfo answers of every kind.
from datetime import datetime, time, timedelta, timezone, tzinfo
class Bad(tzinfo):
    def __init__(self, v): self.v = v
    def utcoffset(self, dt): return self.v
    def dst(self, dt): return self.v
    def tzname(self, dt): return self.v
for v in (timedelta(hours=2), None, 5, timedelta(hours=25), "X"):
    for obj in (time(1, tzinfo=Bad(v)), datetime(2020, 1, 1, tzinfo=Bad(v))):
        for m in ("utcoffset", "dst", "tzname"):
            try:
                print(type(obj).__name__, m, getattr(obj, m)())
            except (TypeError, ValueError) as e:
                print(type(obj).__name__, m, type(e).__name__, e)
print(time(3).utcoffset(), datetime(2020,1,1,tzinfo=timezone.utc).tzname())
