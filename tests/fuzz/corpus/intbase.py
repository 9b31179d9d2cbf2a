# issue 11, found by `make fuzz` (seed 1796688019): int(s, base) with a base
# past 64 bits said OverflowError; CPython clamps it and says ValueError.
for base in [2**63, -2**100, 2**64 + 1]:
    try:
        int('1' * 50, base)
    except ValueError as x:
        print(x)
