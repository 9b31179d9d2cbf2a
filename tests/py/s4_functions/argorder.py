# argument evaluation order is left to right
def v(name):
    print("eval", name)
    return name
def f(*a, **k):
    return a, k
print(f(v("a"), v("b"), k=v("c"), *[v("d")], **{"e": v("e")}))
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d)
v("left") + v("right")
l = [v(1), v(2)]
