# AttributeError on an instance, uncaught
class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x)
print(p.y)
