# int helpers: conversions, bit_length, conjugate, numerator, divmod
n = 42
print(n.bit_length(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
print(int.__name__, int("101", 2))
print((-17).__abs__(), (7).__add__(3), (7).__mod__(4), (2).__pow__(8))
print((5).__eq__(5), (5).__lt__(3), (5).__ne__("a"))
print(format(255, "x"), format(255, "08b"), format(-3, "+d"), format(1234567, ","))
