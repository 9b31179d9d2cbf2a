a = [x for x in y]
b = [x for x in y if x]
c = [x for x in y if x if not z]
d = [(x, y) for x in a for y in b]
e = {x for x in y}
f = {k: v for k, v in items}
g = (x for x in y)
h = [x for x, in y]
i = [x * y for x in range(3) for y in range(x) if x > y]
j = [[y for y in x] for x in z]
k = {k: [v for v in vs] for k, vs in d.items() if k}
l = [x for (a, b) in c]
m = [x for *a, b in c]
n = sum(x for x in range(10))
o = [y := f(x) for x in z]
p = [x for x in (1, 2, 3)]
r = [x for x in a if (y := x)]
async def f():
    s = [x async for x in y]
    t = [await x for x in y]
    u = {x: y async for x, y in z}
    v = (x async for x in y)
