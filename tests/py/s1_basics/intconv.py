# int() conversions and their errors
print(int("42"), int("-7"), int("  12  "), int("+3"), int("1_000"))
print(int("ff", 16), int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("777", 8), int(True), int(), int("10", 2))
for bad in ("", "abc", "1.5", "1__0", "0x"):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
