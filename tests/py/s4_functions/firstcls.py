# functions as values: passing, returning, storing in containers
def apply_twice(f, x):
    return f(f(x))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply_twice(inc, 5), compose(inc, dbl)(3), compose(dbl, inc)(3), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(list(map(apply_twice, [inc, dbl], [1, 1])))
