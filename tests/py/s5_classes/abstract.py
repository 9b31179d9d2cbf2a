# NotImplementedError as an abstract-method marker
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
