# Dict and str work: word counting, formatting, splitting, joining, lookups.
words = "the quick brown fox jumps over the lazy dog and keeps running far away".split()
counts = {}
index = {}
out = []
for i in range(250_000):
    w = words[i % len(words)]
    key = f"{w}-{i % 97}"
    counts[key] = counts.get(key, 0) + 1
    index.setdefault(w, []).append(i)
    if i % 500 == 0:
        out.append("%s:%d" % (w.upper(), len(counts)))
line = ",".join(out)
parts = line.split(",")
rebuilt = {p.split(":")[0]: int(p.split(":")[1]) for p in parts}
text = " ".join(words) * 50
found = sum(text.count(w) for w in words) + text.find("away", 1000)
print(len(counts), len(index["the"]), len(parts), sorted(rebuilt.items())[:3], found)
