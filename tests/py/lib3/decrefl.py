# Decimal reflected operators and integer division with ints on either side.
from decimal import Decimal as D, getcontext, InvalidOperation, DivisionByZero
for a, b in [(7, D(2)), (D(7), 2), (-7, D("2.5")), (D("1e3"), 7), (2, D("0.5")), (D(3), D(0))]:
    for op in ("-", "/", "//", "%", "**"):
        try:
            print(a, op, b, eval(f"a {op} b"))
        except Exception as e:
            print(a, op, b, type(e).__name__)
    try:
        print(divmod(a, b))
    except Exception as e:
        print("divmod", type(e).__name__)
print(D(7).__rsub__("x"), D(7).__rpow__(2), D(5).__rdivmod__(17))
