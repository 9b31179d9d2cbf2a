# comparisons, chained comparisons, identity
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(None is None, None is not None, True is True)
print(1 == True, 0 == False, True + True)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), [] == [])
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, [1] == (1,))
