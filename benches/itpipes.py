# itertools pipelines: chain, islice, accumulate, groupby, product, count/zip.
import itertools as it

n = 0
for a, b in it.product(range(35), repeat=2):
    n += a * b
print(n)
print(sum(it.islice(it.accumulate(it.chain(range(15000), range(15000))), 0, None, 7)))
print(len([(k, len(list(g))) for k, g in it.groupby(sorted(i % 97 for i in range(40000)))]))
print(sum(x * y for x, y in zip(it.count(), it.repeat(3, 15000))))
print(len(list(it.combinations(range(30), 3))))
