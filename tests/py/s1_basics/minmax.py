# min/max with keys, defaults and their errors
print(min([4, 2, 8]), max([4, 2, 8]), min(4, 2, 8, key=lambda v: -v), max("apple", "fig", key=len))
print(min([], default="empty"), max((), default=None), min([[2], [1, 5]]), max([(1, "b"), (1, "a")]))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min(range(10), key=lambda v: (v - 4) ** 2))
for bad in (lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
