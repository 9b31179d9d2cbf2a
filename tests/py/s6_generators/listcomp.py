# list comprehensions: filters, nesting, conditional expressions
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([c for word in ["ab", "cd"] for c in word])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
i = "unchanged"
print([i for i in range(3)], i)
print([y for x in [[1], [2, 3]] for y in x if y > 1])
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
