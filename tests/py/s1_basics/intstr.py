# str(int) and int(str) round trips at sizes up to 64 bits
for n in (0, 7, -7, 255, 65535, 2**31, -2**31, 2**53 + 1, 10**18, -(10**18), 2**63 - 1):
    s = str(n)
    print(s, int(s) == n, len(s), hex(n), int(hex(n), 16) == n)
