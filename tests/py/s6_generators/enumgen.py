# enumerate, zip and map over generators are lazy too
def src():
    for c in "abc":
        print("yield", c)
        yield c
e = enumerate(src(), 1)
print("enumerate created")
print(next(e))
m = map(str.upper, src())
print("map created")
print(list(m))
f = filter(lambda c: c != "b", src())
print(list(f))
