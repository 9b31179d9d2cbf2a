# many live generators at once keep independent state
gens = [(i * k for k in range(1000)) for i in range(200)]
total = 0
for step in range(3):
    for g in gens:
        total += next(g)
print(total)
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fs = [fibs() for _ in range(3)]
for i, f in enumerate(fs):
    for _ in range(i * 10):
        next(f)
print([next(f) for f in fs])
