# a RecursionError caught deep in the stack leaves the interpreter usable
import sys
def blow(n):
    return blow(n + 1) + 1
for attempt in range(3):
    try:
        blow(0)
    except RecursionError:
        print("attempt", attempt, "RecursionError")
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) < 200)
sys.setrecursionlimit(old)
print(depth(0) > 200)
def nested_data(n):
    return [] if n == 0 else [nested_data(n - 1)]
print(len(str(nested_data(300))))
