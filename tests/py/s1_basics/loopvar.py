# loop variables after loops; nested loop exits via flags and else
for i in range(5):
    pass
print("after for:", i)
for j in range(0):
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == 42:
            found = (a, b)
            break
    else:
        continue
    break
print(found)
count = 0
for x in range(3):
    for y in range(3):
        if y > x:
            break
        count += 1
print(count)
