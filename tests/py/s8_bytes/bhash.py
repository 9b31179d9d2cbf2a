# bytes are hashable dictionary keys; bytearray is not
d = {b"k": 1, "k": 2}
print(d[b"k"], d["k"], len(d))
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(b"ab" in {b"ab", b"cd"})
