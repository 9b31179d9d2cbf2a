x = 1
x = y = z = 2
a, b = 1, 2
(a, b) = c
[a, b] = c
a, *b = c
*a, b = c
a, (b, c) = d
[a, [b, *c]] = d
x.y = 1
x[0] = 1
x.y.z[1].w = 2
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x >>= 1
x <<= 1
x &= 1
x |= 1
x ^= 1
x @= m
x.y += 1
x[0] += 1
x: int
x: int = 1
(x): int = 1
x.y: str
x[0]: float = 1.0
a = yield
a = b = yield x
x: list[int] = []
a, = b
a = *b, c
a = x if y else z
(a) = 1
((a), b) = c
x = yield from g
