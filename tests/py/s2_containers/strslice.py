# string indexing and slicing including negative steps and errors
s = "abcdefghij"
print(s[0], s[-1], s[3:], s[:3], s[2:5], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[:100], repr(s[3:3]))
print(s[slice(1, 4)], s[slice(None, None, -3)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
