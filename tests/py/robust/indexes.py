# Indexes, bounds and lengths past the machine word (issue 11): slice bounds
# and find/index bounds are clamped, sizes raise OverflowError, item indexes
# IndexError, ranges index and slice past 64 bits; nothing wraps on DOS.
# memory: 64
import sys

BIG = [2**31 - 1, 2**31, 2**32 + 1, 2**40, 2**63, 2**64 + 2, -2**32 - 1, -2**63 - 1]


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def show(name, f):
    for n in BIG:
        try:
            print(name, n, "ok", f(n))
        except (IndexError, OverflowError, ValueError, TypeError) as e:
            print(name, n, type(e).__name__, e)


show("str[n:]", lambda n: "abc"[n:])
show("str[:n:-1]", lambda n: "abcdef"[:n:-1])
show("str[::n]", lambda n: "abcdef"[::n])
show("list[n:]", lambda n: [1, 2, 3][-n:])
show("tuple[n]", lambda n: (1, 2)[n])
show("bytes[n:]", lambda n: b"abc"[n:])
show("list[Idx]", lambda n: [1, 2, 3][Idx(n):])
show("insert", lambda n: (lambda l: (l.insert(n, 9), l)[1])([1, 2]))
show("pop", lambda n: [1, 2].pop(n))
show("list.index", lambda n: [1, 2, 1].index(1, n))
show("list.index2", lambda n: [1, 2, 1].index(1, -n, n))
show("tuple.index", lambda n: (1, 2, 1).index(1, 1, n))
show("find", lambda n: "abcabc".find("c", n))
show("count", lambda n: "abcabc".count("c", -n, n))
show("startswith", lambda n: "abcabc".startswith("a", n))
show("b.find", lambda n: b"abcabc".find(b"c", 0, n))
show("split", lambda n: "a b c".split(" ", n))
show("replace", lambda n: "aaa".replace("a", "b", n))
show("indices", lambda n: slice(None, None, None).indices(n))
show("indices2", lambda n: slice(-3, n, 2).indices(10))
show("indices3", lambda n: slice(1, None, -1).indices(n))
show("bytes(n)", lambda n: len(bytes(n)) if n < 0 else 0)
show("seq*", lambda n: len([0] * -n) if n > 0 else 0)
show("chr", lambda n: chr(n))
show("round", lambda n: round(1.5, n))
print([round(x, n) for x in (123, 9 * 10**18, -9 * 10**18) for n in (-18, -19, -20, -100)])
show("recursionlimit", lambda n: sys.setrecursionlimit(n) if n != 2**31 - 1 else 0)
show("expandtabs", lambda n: "a\tb".expandtabs(-n))
show("l[n]=", lambda n: [1].__setitem__(n, 1))
show("del l[n]", lambda n: [1].__delitem__(Idx(n)))

# Ranges: items and slices of any size, on DOS too.
show("range[n]", lambda n: range(2**70)[n])
show("small[n]", lambda n: range(10)[n])
show("r33[n]", lambda n: range(2**33)[n])
show("r33[n:]", lambda n: range(2**33)[n:])
show("r65[n::3]", lambda n: range(-2**64, 2**64)[n::3])
show("r[:n:-1]", lambda n: range(10)[:n:-1])
show("r.index", lambda n: range(2**70).index(n))
show("r.count", lambda n: range(2**33).count(n))
show("n in r", lambda n: n in range(-2**64, 2**64, 3))
show("r[Idx]", lambda n: range(2**64)[Idx(n)])
print(range(2**70)[5:10], range(0, 2**80, 3)[::-2], range(2**64)[::-1])
print(range(2**32)[2**31 + 5], len(range(2**32)[2**31:2**31 + 7]))
print(range(10)[2:8:3], range(10)[::-3], range(-5, 5)[-2:])
for big in (range(2**64), range(2**32 + 1), [0] * 3):
    try:
        print(len(list(big)))
    except (OverflowError, MemoryError):
        print("list: too big")  # OverflowError past sys.maxsize (DOS)
# len() past sys.maxsize (2**31 - 1 on DOS, 2**63 - 1 here) is OverflowError.
for n in BIG + [2**100, -2**100]:
    for what, obj in (("__len__", L(n)), ("range", range(n))):
        try:
            print(what, n, len(obj) == n and n <= sys.maxsize)
        except OverflowError as e:
            print(what, n, n > 2**31 - 1)  # DOS: past 2**31 - 1
        except ValueError as e:
            print(what, n, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    range(3)["a"]
except TypeError as e:
    print(e)
print(bytes([2**63 % 256]), [1, 2, 3][-2**70:2**70], "abc"[2**70:-2**70:-1])
