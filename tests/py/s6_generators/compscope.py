# comprehension scopes: class bodies and closures
class C:
    base = 10
    nums = [i for i in range(3)]
print(C.nums)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
x = 5
print([x + i for i in range(2)], {x: x for x in "a"}, x)
try:
    class D:
        y = 1
        z = [y for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
