# pickle: dumps/loads of built-in types and classes, protocols 0-5, bytes equal to CPython's; memo, recursion, framing, errors
import pickle
class C:
    def __init__(self): self.a = 1; self.b = [1, 2]
    def __eq__(self, o): return type(o) is C and o.__dict__ == self.__dict__
class S:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v2': self.v * 2}
    def __setstate__(self, st): self.v = st['v2'] // 2
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x,))
class E: pass
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31-1, -2**31, 2**31, 2**70, -2**70, 2**2000, 1.5, -0.0, 1e300,
        "", "abc", "é\u20ac\U0001f600", "a\\b\nc\r\x1a\0", b"", b"ab\x00\xff", bytearray(b"xy"), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], list(range(1005)), {}, {"a": 1, 2: [3]}, {i: i for i in range(1002)},
        set(), {1, 2}, frozenset(), frozenset({3}), C, len, E]
for p in range(6):
    for v in vals:
        d = pickle.dumps(v, p)
        r = pickle.loads(d)
        ok = r == v and type(r) is type(v)
        if not ok: print("BAD", p, repr(v)[:40], r)
        if len(d) < 150: print(p, d)
    c = pickle.loads(pickle.dumps(C(), p)); print(p, type(c).__name__, c.__dict__)
    s = pickle.loads(pickle.dumps(S(5), p)); print(p, s.v, pickle.dumps(S(5), p))
    r = pickle.loads(pickle.dumps(R(7), p)); print(p, r.x, pickle.dumps(R(7), p))
    print(pickle.dumps(E(), p))
    l = [1]; l.append(l); t = pickle.loads(pickle.dumps(l, p)); print(t[1] is t, pickle.dumps(l, p))
    sh = [1, 2]; d2 = pickle.loads(pickle.dumps([sh, sh], p)); print(d2[0] is d2[1])
big = b"x" * 70000
for p in (4, 5):
    d = pickle.dumps([big, "y" * 70000, 1], p); print(len(d), d[:24], pickle.loads(d)[2])
for bad in [b"", b"\x80\x04K", b"\x80\x06N.", b"zz", b"N", b"(", b"h\x05.", b"\x80\x04\x95"]:
    try: print(pickle.loads(bad))
    except Exception as e: print(type(e).__name__, e)
for p in [6, 100]:
    try: pickle.dumps(1, p)
    except ValueError as e: print(e)
try: pickle.dumps(lambda: 0)
except pickle.PicklingError as e: print("PicklingError")
def gen(): yield 1
try: pickle.dumps(gen())
except TypeError as e: print(e)
try: pickle.loads("x")
except TypeError as e: print(e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.UnpicklingError, pickle.PickleError))
