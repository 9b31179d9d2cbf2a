# sorting: stability with reverse, tuple keys, sorting in place returns None
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
l = [3, 1, 2]
print(l.sort(), l)
print(sorted("Hello World"), sorted([[2, 1], [1, 2], [1]]), sorted([True, False, 0, 1]))
nums = [5, -3, 2, -8]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
