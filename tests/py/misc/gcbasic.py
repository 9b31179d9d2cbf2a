# the gc module: collect, enable/disable, isenabled
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Cycle:
    pass
for _ in range(100):
    c = Cycle()
    c.me = c
del c
print(isinstance(gc.collect(), int))
