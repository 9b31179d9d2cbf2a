# building strings in loops and with join give the same result
parts = []
s = ""
for i in range(50):
    parts.append(str(i))
    s += str(i)
print(s == "".join(parts), len(s), s[:20])
print(",".join(map(str, range(10))))
print("".join(chr(ord("a") + i) for i in range(26)))
