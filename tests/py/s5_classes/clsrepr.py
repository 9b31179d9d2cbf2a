# names of classes, nested classes and qualified names
class Outer:
    class Inner:
        pass
    def method(self):
        pass
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.method.__qualname__)
print(Outer.__module__, type(Outer()).__name__, Outer().__class__.__name__)
print(type(Outer) is type, repr(int), repr(Outer).startswith("<class '"), str(Outer.Inner).endswith("Outer.Inner'>"))
