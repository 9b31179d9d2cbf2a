# replace, translate via maketrans
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("", "-")[:12], s.replace("zz", "y"))
print("aaa".replace("a", "bb"), "abc".replace("abc", ""))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2))
t3 = str.maketrans("ab", "cd", "e")
print("abeeba".translate(t3))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
