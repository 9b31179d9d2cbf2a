# a bounded stack class raising custom errors
class StackFull(Exception):
    pass
class Stack:
    def __init__(self, cap):
        self.cap, self.items = cap, []
    def push(self, x):
        if len(self.items) >= self.cap:
            raise StackFull(f"capacity {self.cap} reached")
        self.items.append(x)
    def pop(self):
        try:
            return self.items.pop()
        except IndexError:
            raise LookupError("empty stack") from None
    def __bool__(self):
        return bool(self.items)
s = Stack(2)
s.push(1); s.push(2)
try:
    s.push(3)
except StackFull as e:
    print(type(e).__name__, e)
print(s.pop(), s.pop(), bool(s))
try:
    s.pop()
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
