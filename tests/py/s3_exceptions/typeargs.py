# TypeError for wrong call arguments
def f(a, b=2, *, c):
    return a + b + c
def check(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
check(lambda: f(1, c=3))
check(lambda: f())
check(lambda: f(1))
check(lambda: f(1, 2, 3))
check(lambda: f(1, c=3, d=4))
check(lambda: f(1, a=1, c=2))
def g():
    pass
check(lambda: g(1))
check(lambda: g(x=1))
def h(x, y):
    pass
check(lambda: h(1))
check(lambda: h(1, 2, 3))
