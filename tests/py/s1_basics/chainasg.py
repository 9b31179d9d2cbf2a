# chained assignment evaluates once and assigns left to right
def value():
    print("evaluated")
    return [1, 2]
a = b = value()
print(a is b)
x = y = z = 0
x += 1
print(x, y, z)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d["a"] = d["b"] = "shared"
print(d)
