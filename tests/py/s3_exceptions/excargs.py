# str and repr of exceptions with zero, one and many args
for e in (Exception(), Exception("one"), Exception("a", "b"), Exception(None), Exception(3),
          KeyError("k"), KeyError("k", "j"), ValueError(""), IndexError([1])):
    print(type(e).__name__, "str=" + str(e), "repr=" + repr(e))
e = Exception("x")
e.args = ("changed",)
print(e)
