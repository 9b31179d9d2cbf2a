# if / elif / else, conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
for n in range(4):
    print(n, "even" if n % 2 == 0 else "odd")
if []:
    print("empty list is true?")
else:
    print("empty list is false")
if 0: pass
elif 1: print("one-line elif")
x = 1 if 0 else 2 if 0 else 3
print(x)
