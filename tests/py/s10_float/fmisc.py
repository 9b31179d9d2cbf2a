# floats in containers, as dict keys equal to ints, mixed comparisons, half-even rounding
print([0.5, 1.0, 1e-9, 2.5e10], (1.1,), {"k": 0.1 + 0.2}, [float(i) / 4 for i in range(5)])
d = {1: "int"}
d[1.0] = "float replaces value"
d[0.5] = "half"
print(d, 1.0 in {1}, {2.0: "x"}[2], hash(0.0) == hash(0) == hash(-0.0))
print(1 < 1.5 < 2, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 == 1e20, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], [round(x, 1) for x in (0.25, 0.35, 0.45)], round(-0.0), round(1e300))
print(sum([0.1] * 3), max(1, 1.0), min(1.0, 1), sorted([2, 1.5, -0.5, 1]), int(-0.9), float("-0"))
print(7 / 7, type(7 / 7).__name__, 1 / 3 * 3 == 1, 2 / 3, -7 / 2, 7 // 2.5, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
