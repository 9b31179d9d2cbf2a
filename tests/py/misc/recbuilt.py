# recursion through builtins (repr, ==, sort keys, str of nested data) ends in RecursionError,
# never in a crash; the interpreter stays usable afterwards
# (20,000 levels: far past the recursion limit, and quick enough under the DOS emulator)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", type(e).__name__)
def key(x):
    return sorted([1, 2], key=key)
try:
    key(0)
except RecursionError as e:
    print("sort key:", type(e).__name__)
nested = []
for _ in range(20_000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested repr:", e)
other = []
for _ in range(20_000):
    other = [other]
try:
    print(nested == other)
except RecursionError as e:
    print("nested ==:", e)
d = {}
for _ in range(20_000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("nested dict str:", e)
class Eq:
    def __eq__(self, o):
        return self == o
try:
    Eq() == Eq()
except RecursionError as e:
    print("__eq__:", type(e).__name__)
print("still usable:", sum(range(10)))
