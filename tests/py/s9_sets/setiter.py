# changing a set during iteration raises RuntimeError; copy() is independent
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
t = s.copy()
t.clear()
print(len(s) > 0, t, set.__name__, isinstance(frozenset(), set))
