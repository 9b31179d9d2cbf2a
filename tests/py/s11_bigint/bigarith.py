# arbitrary-precision int arithmetic
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b, b // a, b % a, -b // a, -b % a, a ** 3)
print(divmod(b, 12345678901234567890), divmod(-b, 987654321), abs(-a), -a, +a, ~a)
print(a == 2 ** 100, a > b, a < b, a != a + 1, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(a >> 50, a << 30, a & (2 ** 70 - 1), a | 1, a ^ b, -a >> 3, -a & 0xffff, (2 ** 200 - 1).bit_length())
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 30, 10 ** 50 // 7, (10 ** 50) % 97)
fact = 1
for i in range(1, 61):
    fact *= i
print(fact, len(str(fact)))
try:
    a // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
