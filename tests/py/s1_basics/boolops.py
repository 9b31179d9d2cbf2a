# and/or/not short-circuit and return operands
def show(x):
    print("eval", x)
    return x
print(0 and show(1))
print(1 and show(2))
print(0 or show(3))
print(4 or show(5))
print(not 0, not 1, not "", not "a", not [], not None)
print(None or "default", "" or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(bool(0), bool(7), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(()))
x = [] or [1]
print(x)
