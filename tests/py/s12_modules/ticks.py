# time: MicroPython's ticks_ms/ticks_us/ticks_add/ticks_diff where present
# (CPython has none: the checks then pass vacuously so both print the same)
import time
ticks_ms = getattr(time, "ticks_ms", None)
if ticks_ms is None:
    print(True, True, True, True)
else:
    t0 = ticks_ms()
    time.sleep_ms(30)
    waited = time.ticks_diff(ticks_ms(), t0)
    later = time.ticks_add(t0, 1000)
    us = time.ticks_us()
    print(waited >= 25, time.ticks_diff(later, t0) == 1000, time.ticks_diff(t0, later) == -1000,
          time.ticks_diff(time.ticks_us(), us) >= 0)
