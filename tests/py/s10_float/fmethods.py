# float methods and predicates
x = 2.5
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.75).as_integer_ratio(), x.hex(), float.fromhex("0x1.4p+1"))
print(x.real, x.imag, x.conjugate(), (1.5).__trunc__(), hash(1.0) == hash(1), hash(2.5) == hash(2.5))
print(min(1, 2.5), max(1.5, 2), sum([0.1] * 10), sorted([3, 1.5, 2]), abs(-0.0))
print(isinstance(1.0, float), isinstance(1, float), float.__name__, type(1 / 1).__name__)
