# calling non-callables and callable instances
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5), callable("s"))
for thing in (5, "s", [1], None, {}):
    try:
        thing()
    except TypeError as e:
        print(type(e).__name__, e)
