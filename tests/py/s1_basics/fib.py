# fibonacci: iterative and recursive agree
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)
print([fib_iter(i) for i in range(20)])
print(fib_rec(20), fib_iter(20), fib_iter(90))
