# Dicts and sets across the size where the table gets a hash index (small
# tables are searched without one), with deletions, re-insertions, keys
# whose hashes agree in their low 32 bits, and keys with equal hashes.
d = {}
for i in range(20):
    d[i] = i * i
    assert all(d[j] == j * j for j in range(i + 1)), i
print(len(d), list(d)[:5], d.get(19), d.get(20))
for i in range(0, 20, 3):
    del d[i]
print(len(d), list(d), 3 in d, 4 in d)
for i in range(0, 20, 3):
    d[i] = -i
print(len(d), list(d)[-7:], d[0], d[18])
# Deleting most entries squeezes the holes out; order and lookups survive.
big = {f"k{i}": i for i in range(40)}
for i in range(35):
    del big[f"k{i}"]
print(big, "k36" in big, "k3" in big)
big["new"] = 1
print(list(big.items()))
# 0, 2**32 and 2**64 share their low 32 bits of hash; -1 and -2 share a hash.
same_low = {0: "zero", 2**32: "two32", 2**64: "two64", -1: "m1", -2: "m2"}
print(same_low[0], same_low[2**32], same_low[2**64], same_low[-1], same_low[-2])
del same_low[2**32]
print(same_low, 2**32 in same_low, 2**64 in same_low)
for n in (3, 8, 9, 12):
    s = set(range(n)) | {2**32 + i for i in range(n)}
    s.discard(0)
    print(n, len(s), 0 in s, 1 in s, 2**32 in s, sorted(s)[:3], frozenset(s) == s)
fs = {frozenset(range(k)) for k in range(12)}
print(len(fs), frozenset(range(5)) in fs, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))


class K:
    """Keys whose hashes all collide: found by equality alone."""
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n
    def __repr__(self):
        return f"K({self.n})"


kd = {K(i): i for i in range(12)}
print([kd[K(i)] for i in range(12)], K(12) in kd)
del kd[K(4)]
print(len(kd), K(4) in kd, kd.get(K(11)))
print(dict.fromkeys("abcdefghijk"), {**{"a": 1}, **dict(b=2, c=3)})
