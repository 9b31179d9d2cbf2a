# properties with getter, setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273
t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.kelvin = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, type(Temp.kelvin).__name__)
class P:
    x = property(lambda self: 42, doc="the answer")
print(P().x, P.x.__doc__)
