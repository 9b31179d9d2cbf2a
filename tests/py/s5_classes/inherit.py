# inheritance, overriding, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return f"{self.name} meows"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + f" ({self.pride})"
for a in (Animal("x"), Cat("tom"), Lion("leo", "north")):
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(Lion("a", "b"), Cat))
print([c.__name__ for c in Lion.__mro__], Lion.__bases__[0].__name__)
