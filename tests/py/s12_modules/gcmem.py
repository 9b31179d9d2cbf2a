# gc: collect frees cycles; MicroPython's mem_alloc/mem_free give real numbers
import gc
class Node:
    pass
a = Node()
a.me = a
del a
print(gc.collect() >= 1, gc.isenabled())
alloc = getattr(gc, "mem_alloc", None)
free = getattr(gc, "mem_free", None)
print(alloc is None or alloc() > 0, free is None or free() > 0)
if alloc is not None:
    before = alloc()
    big = bytes(200000)
    grew = alloc() - before
    del big
    print(grew >= 200000, alloc() - before < 200000)
else:
    print(True, True)
