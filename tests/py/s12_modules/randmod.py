# random: ranges and reproducibility (values themselves differ between implementations)
import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)), all(0 <= random.randrange(10) < 10 for _ in range(200)))
print(random.choice("abc") in "abc", sorted(random.sample(range(10), 10)) == list(range(10)))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), 2 <= random.uniform(2, 3) <= 3, random.getrandbits(8) < 256)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__)
