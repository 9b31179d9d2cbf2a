# an uncaught RecursionError names the exception and its message last
import sys

sys.setrecursionlimit(100)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
raise RecursionError("maximum recursion depth exceeded (raised by hand)")
