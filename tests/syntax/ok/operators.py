a = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m
b = x | y ^ z & w << 1 >> 2
c = -x ** -y
d = not a and b or c and not d
e = a < b <= c > d >= e == f != g
f = a in b not in c is d is not e
g = (a + b) * (c - d)
h = 2 ** 3 ** 4
i = a if b else c if d else e
j = ~x + -y - +z
k = not not x
l = a or b or c
m = a and b and c or d and e
n = x[1] + x.y.z + f()()
o = a @ b @ c
p = 1 - 2 - 3
q = a // b % c * d / e
r = -(-x)
s = await_ = 3
t = a < b < c
u = x ** -1
