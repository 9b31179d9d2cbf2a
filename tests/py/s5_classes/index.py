# __index__ lets objects act as ints in slicing, indexing, hex() and range()
class Two:
    def __index__(self):
        return 2
t = Two()
l = list(range(10))
print(l[t], l[t:], l[:t], hex(t), bin(t), range(10)[t], list(range(t)), "ab" * t)
class NotIndex:
    pass
try:
    l[NotIndex()]
except TypeError as e:
    print(type(e).__name__, e)
