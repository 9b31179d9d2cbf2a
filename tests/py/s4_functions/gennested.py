# nested function definitions see the enclosing function's parameters
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
def make_ops(a):
    def add(b):
        return a + b
    def sub(b):
        return a - b
    return add, sub
times3 = make_multiplier(3)
add10, sub10 = make_ops(10)
print(times3(7), add10(5), sub10(5), make_multiplier("ab")(2))
