# str(), repr() and basic string printing of ints, bools and None
print(str(5), str(-5), str(True), str(None), repr(7), repr("a"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(repr("new\nline"), repr("back\\slash"), repr(""), repr("\x00\x7f"))
print(len("hello"), "ab" + "cd", "ab" * 3, 3 * "x", "" * 5, "a" * 0, "b" * -1)
print("ell" in "hello", "z" in "hello", "" in "x", "lo" not in "hello")
s = "python"
print(s[0], s[-1], s[2:4])
