# float repr: shortest round-trip, exponents, special values
for x in (0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e-5, 1.5e300, 123456789.123, 2.5, 1/3, 2/3, 100.0, 1e22, 1e-7, 5e-324, 1.7976931348623157e308):
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(0.1 * 3, 1.1 * 1.1, 3.0 * 1.1, 7 / 2, 1 / 4, 10 / 5, 2 ** -1, 2.0 ** 0.5)
