r = range(2**64)
print(r, type(r).__name__, bool(r), r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print(r[0], r[-1], r[2**63], 5 in r, -1 in r, 2**64 in r, (2**64 - 1) in r)
r2 = range(2**64, 2**64 + 10, 3)
print(r2, len(r2), list(r2), r2[-1], (2**64 + 3) in r2, (2**64 + 4) in r2)
print(list(range(2**70, 2**70 - 3, -1)))
print(range(-2**65, 2), len(range(5, 2**64 + 5)) if False else "skip")
print(bool(range(2**64, 0)), list(range(2**64, 0)))
try:
    r[2**64]
except IndexError as e:
    print("IndexError", e)
for bad in ["r % 3", "isinstance(1, r)", "r << 1", "r + r"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError")
try:
    range(0, 2**64, 0)
except ValueError as e:
    print("ValueError", e)
print(range(1, 2**64, 2**62))
for x in range(2**64 - 2, 2**64 + 1):
    print(x)
