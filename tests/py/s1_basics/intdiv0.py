# division by zero in every int operator
for op in ("//", "%", "divmod"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        else:
            divmod(1, 0)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    x = 0
    print(5 // x)
except ArithmeticError as e:
    print("caught as ArithmeticError:", e)
try:
    2 ** -1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
