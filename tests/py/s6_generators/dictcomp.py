# dict comprehensions
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({i: i * i for i in range(5) if i % 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: [x for x in range(k)] for k in range(3)})
print({(a, b): a * b for a in range(2) for b in range(2)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
