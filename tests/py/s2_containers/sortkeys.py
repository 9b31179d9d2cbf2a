# sorted/sort stability and keys
people = [("bob", 25), ("al", 30), ("cy", 25), ("di", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(()), sorted({"b": 1, "a": 2}))
words = "the quick brown fox jumps".split()
words.sort(key=len)
print(words)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
