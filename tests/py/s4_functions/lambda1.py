# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]), list(map(lambda x: x + 1, [1, 2])))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sq.__name__, (lambda: 0).__name__)
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
