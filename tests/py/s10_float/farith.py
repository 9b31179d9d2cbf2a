# float arithmetic, mixed with ints, floor division and modulo signs
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7, 2.0))
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 4 ** 0.5, 1e308 * 10, -1e308 * 10)
print(abs(-2.5), -(-0.0), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5), round(1.5))
print(1.0 == 1, 0.1 + 0.2 == 0.3, 1.5 > 1, float("nan") == float("nan"), float("inf") > 1e308)
for bad in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 5.0 % 0, lambda: 10.0 ** 400, lambda: divmod(1.0, 0)):
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
