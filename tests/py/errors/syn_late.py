# SyntaxError on a late line: the whole file is rejected before anything runs
print("line 2 would print")
for i in range(3):
    print(i)
while True
    pass
