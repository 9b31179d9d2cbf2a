# ints crossing the small/big boundary in loops, dict keys and sorting
x = 1
steps = []
for _ in range(70):
    x *= 2
    steps.append(x)
print(steps[60:], x, x - 1)
while x > 1:
    x //= 3
print(x)
d = {2 ** 65: "big", 2 ** 65 // 2 ** 60: "small"}
print(d[32], d[2 ** 64 * 2], sorted([2 ** 70, -(2 ** 70), 5, 2 ** 62, -(2 ** 62)]))
total = 0
for i in range(1000):
    total += i * 10 ** 15
print(total, total.bit_length(), (total * total).bit_length())
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[100])
