# UnboundLocalError when a local is read before assignment
def f(flag):
    if flag:
        v = 1
    return v
print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    x = 1
    del x
    return x
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
outer()
