# every common built-in raises its documented exception type
tests = [
    lambda: int("x"), lambda: [1][5], lambda: {}["k"], lambda: 1 // 0, lambda: None.x,
    lambda: undefined, lambda: "a" + 1, lambda: iter(1), lambda: next(iter([])),
    lambda: [].pop(), lambda: "abc".index("z"), lambda: open("no/such/dir/file"),
    lambda: __import__("no_such_module_xyz"), lambda: chr(-1), lambda: (1,).index(2),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__)
