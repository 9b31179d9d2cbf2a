# generator expressions: laziness, single use, scoping
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc"]))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("nothing produced yet")
print(next(lazy))
print(list((a, b) for a in range(2) for b in "xy"))
x = "outer"
print(list(x for x in "ab"), x)
print(tuple(i for i in range(3)), "".join(c.upper() for c in "abc"))
try:
    list(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
