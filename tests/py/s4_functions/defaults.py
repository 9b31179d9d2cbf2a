# default argument values, evaluated once at definition time
def greet(name, greeting="hello", punct="!"):
    return f"{greeting} {name}{punct}"
print(greet("a"), greet("b", "hi"), greet("c", punct="?"), greet(greeting="yo", name="d"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 5
def uses(x=n):
    return x
n = 6
print(uses(), greet.__defaults__)
