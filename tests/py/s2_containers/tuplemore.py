# tuples from generators, nested tuple unpacking in loops, tuple comparisons with mixed lengths
t = tuple(i * i for i in range(5))
print(t, t[1:4], t[::2], len(t), t.index(9), t.count(0))
for i, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    print(i, a, b, c)
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 9), () < (0,), (1,) == (1,), (1, 2) != (2, 1))
print(tuple("abc") + tuple([1]), tuple(range(3)) * 2, tuple(tuple(x) for x in ["ab", "c"]))
single = 5,
print(single, type(single).__name__, len(single))
