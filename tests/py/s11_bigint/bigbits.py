# big-int bitwise operators with negative values, shifts, bit_length, hex/bin of negatives
a, b = 2 ** 70 + 12345, -(2 ** 68) - 99
print(a & b, a | b, a ^ b, ~a, ~b, a & -1, b & 0xFFFF, b | 1)
print(a >> 64, b >> 64, b >> 200, a << 100 >> 100 == a, -1 << 80, (-1 << 80) >> 79)
print(hex(b), bin(a)[:12], oct(-a)[:10], a.bit_length(), b.bit_length(), (2 ** 64 - 1) ^ (2 ** 64 - 1))
print(int("1" * 100, 2) == 2 ** 100 - 1, int("-" + "ff" * 10, 16))
