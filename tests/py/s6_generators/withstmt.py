# with: enter/exit order, exceptions, return and break inside with
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
def f():
    with CM(1):
        return "returned from with"
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            break
with CM("outer"):
    with CM("inner"):
        print("body")
try:
    with CM("err"):
        1 // 0
except ZeroDivisionError:
    print("exception passed through")
with CM("a") as a, CM("b") as b:
    print(a.n, b.n)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
