# type(name, bases, ns), __class__, metaclass basics
def hello(self):
    return f"hello from {type(self).__name__}"
Dyn = type("Dyn", (object,), {"greet": hello, "n": 3})
d = Dyn()
print(Dyn.__name__, d.greet(), d.n, d.__class__ is Dyn, type(Dyn) is type)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
