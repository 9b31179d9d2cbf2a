# generator basics: lazy execution, state kept between yields
def count(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = count(2)
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count(3)), sum(count(4)))
try:
    next(g)
except StopIteration:
    print("still exhausted")
