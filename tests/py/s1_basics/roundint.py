# round() on ints: ndigits, banker's rounding at halves
print(round(1234, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1), round(-35, -1))
print(round(7), round(7, 0), round(7, 2), round(-1234567, -3), round(5, -1), round(0, -5))
print(type(round(7, 2)).__name__)
try:
    round("7")
except TypeError as e:
    print(type(e).__name__, e)
