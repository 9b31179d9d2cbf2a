# slice assignment and deletion with steps and negative indices
l = list(range(10))
l[::-2] = "abcde"
print(l)
l = list(range(10))
del l[-3:]
del l[::-2]
print(l)
l[1:1] = [9, 9]
print(l)
l[-1:] = []
print(l)
l = list(range(5))
l[10:20] = [7]
print(l)
try:
    l[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
s = slice(1, 4)
print(l[s], s.start, s.stop, s.step, slice(3).stop, slice(1, None, 2).indices(10))
