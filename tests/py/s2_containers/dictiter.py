# iterating dicts, counting words, grouping
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, max(counts, key=counts.get))
