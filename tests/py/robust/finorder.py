# Finalization order as CPython's (issue 11): a list's or tuple's items are
# released last to first; the collector calls the weak reference callbacks
# of a cycle before its __del__ methods; at exit, module globals go first.
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a, b = A("a"), A("b")
a.other, b.other = b, a
wa = weakref.ref(a, lambda r: print("callback a", r() is None))
wb = weakref.ref(b, lambda r: print("callback b", r() is None))
del a, b
print("collected", gc.collect() > 0, wa() is None)
items = [A(1), A(2), A(3)]
del items
print("-")
pair = (A("t1"), A("t2"), [A("inner1"), A("inner2")])
del pair
print("-")
d = {"x": A("dx"), "y": A("dy")}
del d
print("-")
items = [A("l1"), A("l2")]
items.reverse()
items.append(A("l3"))
items = None
print("-")
nested = [[A("n1"), A("n2")], (A("n3"),)]
del nested
g1 = A("g1")
g2 = A("g2")
keep = [A("k1"), A("k2")]
print("end")
