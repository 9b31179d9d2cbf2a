# WeakValueDictionary and WeakKeyDictionary: keys, values, copy, clear, repr.
import weakref, gc
class O: pass
a, b = O(), O()
d = weakref.WeakValueDictionary({1: a, 2: b})
k = weakref.WeakKeyDictionary({a: 1, b: 2})
print(sorted(d.keys()), len(list(d.values())), len(k), sorted(k.values()))
c = d.copy(); kc = k.copy(); import copy; c2 = copy.copy(k)
print(type(c).__name__, len(c), len(kc), len(c2), repr(d).startswith("<WeakValueDictionary at 0x"))
del b; gc.collect()
print(sorted(d.keys()), sorted(k.values()), len(c), len(kc))
d.clear(); k.clear(); print(len(d), len(k), len(c | {5: a}))
