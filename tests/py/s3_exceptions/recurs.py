# unbounded recursion raises RecursionError, which can be caught
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
print("still works", sum(range(10)))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
print(isinstance(RecursionError(), RuntimeError))
