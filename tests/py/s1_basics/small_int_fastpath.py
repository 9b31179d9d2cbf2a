# The eval loop's small-int and float fast paths agree with the general ones.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**62, -2**62, 2**63 - 1, -2**63]
for x in vals:
    for y in vals:
        row = [x + y, x - y, x * y, x & y, x | y, x ^ y]
        if y:
            row += [x // y, x % y]
        else:
            for f in (lambda: x // y, lambda: x % y):
                try:
                    f()
                except ZeroDivisionError as e:
                    row.append(str(e))
        print(x, y, row)
a = 5
a //= -2
b = -7
b %= 3
c = 2**62
c *= 4
print(a, b, c)
fv = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf")]
for x in fv:
    for y in fv:
        r = [x + y, x - y, x * y]
        try:
            r.append(x / y)
        except ZeroDivisionError as e:
            r.append(str(e))
        print(x, y, r)
words = ["", "a", "b", "ab", "ba", "A", "\u00e9", "\u00e9a"]
for x in words:
    print(x, [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in words])

