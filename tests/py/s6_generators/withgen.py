# with statements inside generators: closing the generator runs __exit__
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.n, et.__name__ if et else None)
def reader():
    with Res(1):
        yield "a"
        yield "b"
g = reader()
print(next(g))
g.close()
print("---")
for v in reader():
    print(v)
g = reader()
next(g)
try:
    g.throw(ValueError("x"))
except ValueError:
    print("thrown through the with block")
