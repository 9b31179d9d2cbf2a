# random: CPython's Mersenne Twister sequence for given seeds, and every distribution and error
import random
random.seed(1)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(40), random.getrandbits(5))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(30), 10), random.uniform(1, 5))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6), random.triangular(0, 10), random.gauss(), random.gauss(5, 2), random.expovariate(2))
random.seed(-12345678901)
print(random.random(), random.randint(-5, 5))
random.seed(0); a = random.random(); random.seed(0); print(a == random.random())
r = random.Random(42); print(r.random(), r.randrange(10))
s = random.getstate(); x = random.random(); random.setstate(s); print(x == random.random())
print(random.sample(["a", "b", "c"], 2, counts=[2, 3, 1]) and True)
for bad in (lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0), lambda: random.randrange(10, 0, 2), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.getrandbits(-1), lambda: random.randrange(1.5), lambda: random.randrange("x"), lambda: random.sample({1, 2}, 1), lambda: random.choices([1], weights=[1, 2])):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
