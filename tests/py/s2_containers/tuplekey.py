# tuples as dict keys and in comparisons; tuple hashing of nested immutables
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], grid[2, 2], (1, 1) in grid, len(grid))
print({(1, (2, 3)): "nested"}[(1, (2, 3))])
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
t = ()
for i in range(3):
    t += (i,)
print(t, t * 2, t[::-1], tuple(reversed(t)) == t[::-1])
