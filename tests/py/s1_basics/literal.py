# integer literals in every base with underscores
print(0b1010, 0o17, 0x1F, 0XAB, 0O7, 0B1, 1_000_000, 0x_ff, 0b_1)
print(10_0, 0, -0, +5, 00, 1_2_3)
print(0xffffffff, 0x7fffffffffffffff, -0x8000000000000000)
