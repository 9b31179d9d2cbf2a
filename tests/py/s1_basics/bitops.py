# bitwise operators and shifts on ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 5, 5 << 0)
print(0xff & -256, -1 & 0xffff, 12 ^ -1)
print(bin(10), oct(64), hex(255), bin(-5), hex(-255), oct(0))
for n in (0, 1, 255, 256, 1023):
    print(n, n.bit_length())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
