# find/index/count/startswith/endswith and their edge cases
s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("x"), s.rfind("ss"), s.find(""), s.find("i", -3))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 2, 8))
print(s.startswith("miss"), s.startswith("ss", 2), s.endswith("pi"), s.endswith(("x", "pi")))
print(s.startswith(("a", "m")), "".startswith(""), s.endswith("ssi", 0, 7))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["m"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
