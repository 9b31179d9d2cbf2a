if (n := len(a)) > 10:
    pass
while (chunk := f.read(10)):
    pass
x = [y := 1, y ** 2]
print(f(x := 1))
(a := 1)
match = 1
case = 2
_ = 3
type = 4
match(x)
print(match, case)
x = a if b else c
x = (a if b else c)
x = lambda: a if b else c
x = [a for b in c if d if e]
a.b.c.d = e
x = y == z
x = not y
x = (1, 2)[0]
x = "abc"[1:]
x = {}.get
x = [].append
x = ().count
x = 1 .real
x = 1.0.real
x = 1j.imag
x = ...
x = a[...]
