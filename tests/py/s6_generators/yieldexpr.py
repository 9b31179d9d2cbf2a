# yield as an expression: bare yield, yield in expressions, values sent in
def g():
    x = yield
    print("x =", x)
    y = (yield x * 2) + 1
    print("y =", y)
    print("sum", (yield) + (yield))
it = g()
print(next(it))
print(it.send(5))
print(it.send(10))
print(it.send(1))
try:
    it.send(2)
except StopIteration:
    print("done")
