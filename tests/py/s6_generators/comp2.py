# comprehensions: outer loop variable visible to inner iterables, conditions on both levels
pairs = [(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1]
print(pairs)
triangle = [[j for j in range(i)] for i in range(4)]
print(triangle)
words = ["hi", "there", "you"]
print({w: [c for c in w if c in "aeiou"] for w in words})
print([n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
print(sum(1 for _ in range(10) for _ in range(10)))
