# arithmetic dunder methods, reflected and in-place
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k) if isinstance(k, int) else NotImplemented
    def __neg__(self):
        return V(-self.x, -self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), b // 2, b % 2)
c = a
c += b
print(a, c is a)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a / 2
except TypeError as e:
    print(type(e).__name__, e)
