# range objects: arguments, len, indexing, slicing, membership, errors
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r)
print(list(range(5, 2)), list(range(-3, 3)), list(reversed(range(4))))
print(range(3) == range(0, 3), r.start, r.stop, r.step)
print(r.index(9), r.count(13), sum(range(101)))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range("3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
