# print() argument errors and None separators
print("a", "b", sep=None)
print("c", end=None)
print("d", sep="", end="\n")
for kwargs in ({"sep": 5}, {"end": 1}, {"bogus": 1}):
    try:
        print("x", **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
