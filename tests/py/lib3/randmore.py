# random: CPython's sequences for int, big int, str and bytes seeds, every
# distribution, choices/sample/shuffle, state round trips, errors
import random
for seed in (0, 42, 2 ** 40 + 7, -5, 10 ** 30, "hello", b"bytes", bytearray(b"ba"), ""):
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5))
random.seed(1234)
print([round(f(), 12) for f in (lambda: random.gauss(1, 2), lambda: random.normalvariate(), lambda: random.normalvariate(5, 0.5),
                                lambda: random.lognormvariate(0, 1), lambda: random.vonmisesvariate(1, 4), lambda: random.vonmisesvariate(0, 0),
                                lambda: random.gammavariate(0.5, 2), lambda: random.gammavariate(1.0, 3), lambda: random.gammavariate(7.5, 1),
                                lambda: random.betavariate(2, 5), lambda: random.betavariate(0.3, 0.3), lambda: random.paretovariate(3),
                                lambda: random.weibullvariate(1, 1.5), lambda: random.expovariate(2), lambda: random.triangular(0, 10, 7),
                                lambda: random.triangular(), lambda: random.uniform(5, -5))])
print(random.choices("abcde", k=6), random.choices("abc", [5, 1, 0.5], k=5), random.choices(range(4), cum_weights=[1, 1, 3, 10], k=6))
print(random.sample(range(100), 5), random.sample("abcdef", 6), random.sample(["x", "y"], k=4, counts=[3, 2]), random.sample(range(10 ** 6), 3))
deck = list(range(12))
random.shuffle(deck)
print(deck, random.choice("xyz"), random.randrange(10, 100, 7), random.randbytes(6), random.randbytes(0))
st = random.getstate()
a = [random.random() for _ in range(3)] + [random.gauss(0, 1)]
random.setstate(st)
print(a == [random.random() for _ in range(3)] + [random.gauss(0, 1)], st[0], len(st[1]), type(st[1]).__name__)
r1, r2 = random.Random(99), random.Random(99)
print(r1.random() == r2.random(), r1.sample(range(20), 4), r2.choices([1, 2, 3], k=3))
class Mine(random.Random):
    pass
print(Mine(5).random() == random.Random(5).random())
for f in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.randrange(1, 10, 0),
          lambda: random.sample(range(3), 4), lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", [1], k=1),
          lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choices("ab", [0, 0]),
          lambda: random.gammavariate(0, 1), lambda: random.setstate((9, (), None)), lambda: random.setstate((3, (1, 2), None)), lambda: random.sample("ab", 1, counts=[1]),
          lambda: random.getrandbits(-1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
