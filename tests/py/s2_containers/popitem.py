# dict.popitem is LIFO; pop/setdefault interplay
d = dict.fromkeys("abcd", 0)
print(d.popitem(), d.popitem(), d)
d["z"] = 9
print(d.popitem(), list(d))
d.setdefault("q", []).append(1)
d.setdefault("q", []).append(2)
print(d, d.pop("q"), d)
