# int methods on big values
n = 2 ** 130 + 12345
print(n.bit_length(), n.to_bytes(17, "big").hex(), int.from_bytes(n.to_bytes(17, "little"), "little") == n)
print(n.bit_count() if hasattr(n, "bit_count") else bin(n).count("1"), (-n).bit_length(), n.conjugate() == n, n.numerator == n)
print(int(str(n)[::-1]), round(n, -30), round(12345678901234567890, -5))
