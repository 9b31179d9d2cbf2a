# large containers: a million-element list, a 200,000-key dict, long strings
big = list(range(1_000_000))
print(len(big), sum(big), big[-1], big[500_000])
big.reverse()
print(big[:3], big.index(0))
del big
d = {i: i * i for i in range(200_000)}
print(len(d), d[199_999], sum(d[k] for k in range(0, 200_000, 50_000)))
for k in range(0, 200_000, 2):
    del d[k]
print(len(d), next(iter(d)))
s = "".join(chr(97 + i % 26) for i in range(500_000))
print(len(s), s[:5], s.count("abc"), s[-3:])
