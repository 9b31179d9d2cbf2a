# converting between strings and ints
print(str(255), int("255"), hex(255), int(hex(255), 16), "%d" % int("12"), str(-0))
print(int("00012"), int("-0"), repr(str(10)), "5" * int("3"), int("  -9\n"))
print(int("١٢٣"), str(12).isdigit(), "12".zfill(4))
