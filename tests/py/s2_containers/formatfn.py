# format() builtin and __format__ of ints and strings
print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format("s", "^5") + "|")
print(format(-42, "x"), format(42, "#X"), format(5, "b"), format(10, "#o"), format(65, "c"))
print(format(1234567, ",d"), format(1234567, "_x"), format(0, "+"), format(-0, "05"))
print(format(True), format(None), format([1, 2]), format("abc", ".2"))
for spec in ("z", ",s", ".5d"):
    try:
        print(format(3, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format("x", "d")
except ValueError as e:
    print(type(e).__name__, e)
