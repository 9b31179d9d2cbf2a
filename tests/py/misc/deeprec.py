# with a raised recursion limit, pure-Python recursion 15,000 deep works (the VM is stackless)
import sys
sys.setrecursionlimit(20_000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15_000))
def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)
# nested generators do recurse natively (~1.5 KiB of stack a level: the DOS
# stack takes ~250, then RecursionError)
print(list(chain(200)))
class Node:
    def __init__(self, child):
        self.child = child
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
n = None
for _ in range(10_000):
    n = Node(n)
print(n.size())
try:
    depth(50_000)
except RecursionError as e:
    print(type(e).__name__, e)
