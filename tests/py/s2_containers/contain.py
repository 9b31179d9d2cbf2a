# membership tests across container types
print(1 in [1, 2], 3 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}, "bc" in "abcd", [1] in [[1], 2])
print(0 in range(3), 3 in range(3), "x" not in "abc")
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
b = Box([1, 2])
print(2 in b, 5 not in b)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
