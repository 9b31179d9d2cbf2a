# __getitem__ with tuple keys, __matmul__, __eq__ and __repr__ on a small matrix class
class M:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return M([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
i = M([[1, 0], [0, 1]])
print(a @ i == a, a @ a, a[1, 0])
a[0, 0] = 9
print(a)
try:
    a @ 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a[0]
except TypeError as e:
    print(type(e).__name__, e)
