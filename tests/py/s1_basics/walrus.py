# assignment expressions
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print([y for x in data if (y := x * 2) > 5])
print(y)
def f():
    return (z := 10) + z
print(f())
