# returning multiple values, early returns, implicit None
def minmax(xs):
    if not xs:
        return
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4])
print(lo, hi, minmax([]), minmax([5]))
def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
print(first_neg([1, -2, -3]), first_neg([1]))
def noret():
    x = 1
print(noret())
