# math's integer functions exact on big ints; random.getrandbits past 64 bits
import math
import random

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(2**100, 6**50), math.gcd(12, -18, 30))
print(math.gcd(3**200 * 5, 3**150 * 7, 3**120 * 11) == 3**120)
print(math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3**5, 10))
print(math.lcm(*range(1, 60)))
for n in (0, 1, 15, 16, 17, 10**40 + 5, 2**200 - 1, 2**200, 3**333):
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) ** 2)
print(math.factorial(0), math.factorial(1), math.factorial(True), math.factorial(20), math.factorial(21))
print(math.factorial(100))
print(math.factorial(2000).bit_length(), math.factorial(2000) % (10**9 + 7))
print(math.comb(100, 50), math.comb(10, 0), math.comb(10, 11), math.comb(2**70, 3))
print(math.perm(30, 20), math.perm(5), math.perm(5, None), math.perm(2**70, 2), math.perm(3, 4))
print(math.comb(1000, 500) % 1000003, math.comb(1000, 998))
print(math.prod(range(1, 25)), math.prod([2**40] * 4), math.prod([], start=7), math.prod([3, 4], start=2**64))


class Seven:
    def __index__(self):
        return 7


print(math.gcd(Seven(), 21), math.factorial(Seven()), math.comb(Seven(), 2), math.isqrt(Seven()))
cases = [
    (math.factorial, (-1,)), (math.factorial, (2.0,)), (math.factorial, (2**70,)),
    (math.isqrt, (-1,)), (math.isqrt, (4.0,)), (math.gcd, (1.5, 2)), (math.lcm, (2, "3")),
    (math.comb, (-1, 2)), (math.comb, (5, -1)), (math.comb, (2**70, 2**69)), (math.comb, (5.0, 2)),
    (math.perm, (2**70, 2**69)), (math.perm, (5, -2)), (math.comb, (5,)),
    (math.factorial, ()), (math.isqrt, (1, 2)), (math.perm, ()), (math.perm, (1, 2, 3)),
    (math.comb, (1, 2, 3)),
]
for f, a in cases:
    try:
        print(f(*a))
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)

for call in ["math.factorial(x=1)", "math.comb(n=5, k=2)", "math.perm(n=5)", "math.gcd(a=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(type(e).__name__, e)

random.seed(5)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(64), random.getrandbits(65))
print(random.getrandbits(100), random.getrandbits(256))
print(random.getrandbits(1000).bit_length() <= 1000)
print(random.randrange(10**30), random.randrange(2**64, 2**66, 3))
print(random.randint(-10**25, 10**25), random.choice(range(100)))
try:
    random.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
