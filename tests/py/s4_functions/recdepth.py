# moderate recursion depths work; the limit is reported by sys
import sys
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(800))
print(sys.getrecursionlimit() >= 1000)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 500)
