# a long-running loop (a million iterations) completes with the right result
total = 0
i = 0
while i < 1_000_000:
    total += i & 7
    i += 1
print(total)
d = {}
for k in range(100_000):
    d[k % 1000] = d.get(k % 1000, 0) + 1
print(len(d), d[0], d[999])
