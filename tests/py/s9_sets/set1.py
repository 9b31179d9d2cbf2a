# set creation, membership, add/remove/discard/pop, errors
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s, set(), set("abca") == {"a", "b", "c"}, sorted(set([1, 1, 2])))
s.add(4); s.add(1)
s.discard(10); s.discard(3)
s.remove(4)
print(sorted(s))
p = {7}.pop()
print(p)
for bad in (lambda: s.remove(99), lambda: set().pop(), lambda: {[1]}, lambda: s.add({}), lambda: set(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(set()), repr({1}), {1, 2} == {2, 1}, {1} != {1, 2})
