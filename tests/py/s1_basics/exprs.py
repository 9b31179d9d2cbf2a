# operator precedence across arithmetic, comparison, bitwise and boolean operators
print(2 + 3 * 4 ** 2 // 5 % 7 - 1, (2 + 3) * 4, -3 ** 2, (-3) ** 2, 2 ** 3 ** 0)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~1 + 1, not 1 == 2, not (1 and 0), 1 < 2 == 2 > 1)
print(5 & 3 == 1, (5 & 3) == 1, 1 if 2 > 3 else 4 if 5 > 6 else 7, [1, 2][1] ** 2)
a, b = 10, 3
print(a // b * b + a % b == a, -a // b * b + -a % b == -a, a * -1, - - a, + - + a)
