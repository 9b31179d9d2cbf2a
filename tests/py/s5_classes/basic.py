# class definition, instances, attributes, methods
class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add(self, trick):
        self.tricks.append(trick)
        return self
d = Dog("rex")
d.add("sit").add("roll")
e = Dog("fido")
print(d.name, d.tricks, e.tricks, d.species, Dog.species, type(d).__name__, type(d) is Dog)
Dog.species = "lupus"
print(e.species)
e.species = "own"
print(e.species, Dog.species, d.species)
print(isinstance(d, Dog), isinstance(5, Dog), Dog.__name__)
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.bark()
except AttributeError as e:
    print(type(e).__name__, e)
