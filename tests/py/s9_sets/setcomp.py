# set comprehensions and iteration of sets of ints
print(sorted({x % 5 for x in range(20)}), {c.lower() for c in "aAbB"} == {"a", "b"})
s = {n * n for n in range(10) if n % 2}
print(sorted(s), sum(s), max(s), min(s), len(s))
words = "one two three two one".split()
print(sorted(set(words)), len(set(words)), sorted(set(words), key=words.index))
