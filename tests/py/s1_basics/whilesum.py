# while loops with complex conditions and counters
a, b = 0, 100
steps = 0
while a < b and steps < 1000:
    a += 3
    b -= 2
    steps += 1
print(a, b, steps)
n = 12345
rev = 0
while n:
    rev = rev * 10 + n % 10
    n //= 10
print(rev)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and len(stack) == 2:
    stack = stack[1]
    depth += 1
print(depth, stack)
