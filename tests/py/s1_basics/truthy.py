# truth values of built-in objects
values = [0, 1, -1, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
print(not not [], [] or {} or 0 or "found", 3 and [] and 5)
