# pow with modulus, negative exponents, large results
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000), pow(-5, 3, 7), pow(2, 100, -7), pow(38, -1, 97))
print(2 ** 1000 % 1000, len(str(7 ** 1000)), pow(10, 40), (-2) ** 101)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(2 ** -2, (-3) ** -1)
