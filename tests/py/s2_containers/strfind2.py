# find/count/index with start and end, negative positions, empty needles
s = "abcabcabc"
print(s.find("c", -2), s.find("a", 1, 4), s.find("a", 4, 3), s.rfind("abc", 0, 8), s.rfind("", 3), s.find("", 20))
print(s.count("abc", -6), s.count("a", 1, -1), s.index("b", -5), s.rindex("c", 0, -1), s.count("", 9), s.find("bca", -100))
print(s.startswith("bc", 1), s.startswith("bc", 1, 2), s.endswith("ab", 0, 4), s.startswith("", 9), s.startswith("", 10))
print("".find(""), "".count(""), "".startswith(""), "a".find("a", -1), "a".find("a", -2))
