# comparing lists and tuples element by element
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 9, 9], [] < [0])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), [[1], [2]] < [[1], [3]])
print(max([[3], [1, 2], [3, 0]]), min([(2, "x"), (1, "z"), (1, "y")]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, [2, 3]] == [1, [2, 3]], (1, [2]) != (1, [3]))
