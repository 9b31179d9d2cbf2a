# int results that stay within 64 bits, near the small-int boundaries
vals = [2**30, 2**31 - 1, 2**31, 2**32, 2**62, -2**62, 2**31 * 2**31]
for v in vals:
    print(v, v + 1, v - 1, v // 7, v % 1000, -v)
print(1 << 40, (1 << 40) >> 20, 123456789 * 987654321)
print(0x7fffffff + 1, -0x80000000 - 1, 3037000499 * 3037000499)
