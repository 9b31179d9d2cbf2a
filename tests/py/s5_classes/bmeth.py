# Bound methods compare and hash by their object's identity and function
class A:
    def f(self):
        return 1

    def g(self):
        return 2


a, b = A(), A()
m = a.f
print(m == a.f, m != a.f, m == b.f, m == a.g, a.f == None, None != a.f)
print(hash(m) == hash(a.f), hash(m) == hash(b.f), {a.f: "x"}.get(a.f), {a.f: "x"}.get(b.f))
print((5).bit_length == (5).bit_length, [].append == [].append)
s = {a.f, a.f, b.f}
print(len(s), a.f in s, a.g in s)
