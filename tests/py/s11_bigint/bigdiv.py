# big-int floor division and modulo sign rules, divmod, comparisons with floats and small ints
a = 10 ** 30 + 7
for x, y in ((a, 97), (-a, 97), (a, -97), (-a, -97), (a, 10 ** 15 + 3), (-a, 10 ** 15 + 3), (7, a), (-7, a)):
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print(a > 1e30, a < 1e31, a == 10 ** 30 + 7.0, 2 ** 100 == 2.0 ** 100, -a < -1e30, a > 5, -a < -5)
print(a // 1, a % 1, -a // a, -a % a, a // -1, (2 ** 64) // (2 ** 32), (2 ** 64) % (2 ** 32 + 1))
