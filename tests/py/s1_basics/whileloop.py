# while loops with break, continue and else
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("total", total)
n = 0
while True:
    n += 1
    if n == 5:
        break
print("n", n)
i = 0
while i < 3:
    i += 1
else:
    print("else ran, i =", i)
i = 0
while i < 3:
    if i == 1:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while 0:
    print("never")
