# several statements on one line, line continuations
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items, (4 +
              5))
if a: print("inline if")
for i in range(2): print("inline for", i)
