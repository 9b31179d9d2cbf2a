# closures see later rebinding; closures created in loops; cells shared between closures
def make():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    i = 100
    return funcs
print([f() for f in make()])
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
set_(42)
print(get())
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
