# enumerate, zip, map, filter, reversed as iterators
print(list(enumerate(["a", "b"], start=5)))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(map(lambda x: x * 2, [1, 2])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, range(4))))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
print(list(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({"a": 1}.keys()) and print("dict keys reversible")
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(1, [1]) and list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
