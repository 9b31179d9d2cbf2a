# __getattr__, __getattribute__, __setattr__, __delattr__
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.x_hello, getattr(l, "x_y"), hasattr(l, "nope"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
g = Logged()
g.a = 5
print(g.a, g.secret)
del g.a
try:
    g.a
except AttributeError as e:
    print(type(e).__name__, e)
