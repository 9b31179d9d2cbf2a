# int arithmetic: + - * // % ** and unary operators
a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(-a, +a, ~a, ~-1, -(-a))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-3) ** 2)
print(7 // 1, 0 // 3, 0 % 5)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-12), abs(12), abs(0))
