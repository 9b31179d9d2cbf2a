# augmented assignment on names, items and attributes
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 4; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 7; print(x)
lst = [1, 2, 3]
lst[1] += 10
print(lst)
d = {"k": 1}
d["k"] *= 7
print(d)
class C: pass
c = C()
c.n = 3
c.n += 4
print(c.n)
s = "ab"
s += "cd"
print(s)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
