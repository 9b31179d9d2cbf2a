# builtins taking functions: map/filter/sorted/min/max/sum with keys
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(list(map(len, words)), list(filter(lambda w: "a" in w, words)), sum(map(len, words)))
print(any(w.startswith("b") for w in words), all(len(w) > 2 for w in words))
print(sorted(words, key=lambda w: (len(w), w)), list(map(str.upper, words)))
