# int / int rounds once for operands wider than a double's 53 bits but within
# 64 (the small-int path), and tuple() of a tuple subclass is a plain tuple
pairs = [(576460752303423488, 12009599006321323), (2 ** 62 + 1, 3), (-(2 ** 63) + 1, 7), (9007199254740993, 1),
         (9007199254740993, 2), (2 ** 53 + 1, 2 ** 53 - 1), (10 ** 18 + 1, 10 ** 18), (123456789012345678, 987654321)]
for a, b in pairs:
    print(a / b, -a / b, b / a)
class T(tuple):
    pass
t = T((1, 2))
print(type(tuple(t)).__name__, tuple(t), type(tuple(tuple(t))).__name__, tuple(t) is t)
