# list operators: + * in ==, nested lists and aliasing
a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3], a + [4], a * 2, [0] * 3, 2 in a, 5 not in a)
grid = [[0] * 2 for _ in range(2)]
grid[0][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][1] = 5
print(shared)
a += [9]
print(b)
a *= 2
print(b, len(b))
print(list("abc"), list(range(3)), list((1, 2)), list(), list({"k": 1}))
print([] == [], [1, [2]] == [1, [2]], [1, 2] != [2, 1])
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
