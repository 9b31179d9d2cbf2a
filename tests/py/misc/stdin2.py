# sys.stdin iteration and readline
import sys
first = sys.stdin.readline()
print(repr(first))
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip("\n"))
print(repr(sys.stdin.readline()))
