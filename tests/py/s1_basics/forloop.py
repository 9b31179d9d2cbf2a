# for loops over ranges, lists and strings, with break/continue/else
for i in range(3):
    print("i", i)
for ch in "abc":
    print(ch, end=" ")
print()
for x in [10, 20, 30]:
    if x == 20:
        continue
    print(x)
for x in range(5):
    if x == 3:
        break
else:
    print("not printed")
print("x", x)
for x in []:
    print("never")
else:
    print("empty else")
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(2):
    for j in range(2):
        print(i, j)
