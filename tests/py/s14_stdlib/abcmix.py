# collections.abc mixins: Set's - and ^ with non-sets, Generator and
# Coroutine throw()/close() defaults.
from collections.abc import Set, Generator, Coroutine
class S(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
a = S([1,2,3]); print(sorted(a - [2]), sorted([2, 5] - a) if False else None, sorted(a ^ S([3,4])))
print(a.__sub__(5), a.__rsub__(5), a.__xor__(5))
print(sorted(S.__rsub__(a, [3, 9])))
class G(Generator):
    def send(self, v): raise StopIteration
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
g = G()
try: g.throw(ValueError, ValueError('x'))
except ValueError as e: print('VE', e)
try: g.throw(ValueError)
except ValueError as e: print('VE2', repr(e))
g.close()
class H(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1
try: H().close()
except RuntimeError as e: print(e)
class C(Coroutine):
    def send(self, v): return 1
    def throw(self, *a): return 1
    def __await__(self): return iter(())
try: C().close()
except RuntimeError as e: print(e)
