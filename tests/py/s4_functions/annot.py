# annotations are stored, never enforced
def f(a: int, b: "text" = "x", *args: str, c: list = None, **kw: dict) -> bool:
    return a
print(f("not an int"), f.__annotations__)
x: int = 5
y: str
print(x, __annotations__)
def g():
    z: int = 1
    return z
print(g(), g.__annotations__)
