# tuples: creation, indexing, methods, immutability, comparison
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3), 2 in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), (1, 2) + (3,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
nested = ([1], 2)
nested[0].append(5)
print(nested)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
