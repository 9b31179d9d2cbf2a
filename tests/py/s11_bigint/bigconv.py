# parsing and formatting big ints in bases
n = int("123456789012345678901234567890")
print(n, hex(n), oct(n), bin(n)[:20], int(hex(n), 16) == n, int("z" * 20, 36))
print(f"{n:,}", f"{n:_x}", format(n, "50d"), format(-n, "e"), str(-n), repr(n), len(str(2 ** 4000)))
print(int("-" + "9" * 40) + 1, int("1" + "0" * 30, 2), int(" 0o777777777777777777777 ", 0))
print(float(2 ** 80), int(1e30), 2 ** 80 == float(2 ** 80), 2 ** 80 + 1 == float(2 ** 80), 2 ** 80 / 2 ** 78)
print(hash(2 ** 70) == hash(float(2 ** 70)))
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
