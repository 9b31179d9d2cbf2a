# bool is an int subclass; arithmetic and printing
print(True, False, type(True).__name__, True + 1, False * 3, -True)
print(True == 1, int(True), str(False), repr(True))
print(bool.__name__, issubclass(bool, int), isinstance(False, int))
print(sum([True, True, False]), True & False, True | False, True ^ True)
print(bool("False"), bool(0), bool(-1))
print([1, 2, 3][True], {True: "yes"}[1])
