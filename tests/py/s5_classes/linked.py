# a linked list class with iteration, len, contains, repr, and errors
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"
l = LinkedList([1, 2, 3])
l.push(0)
print(l, len(l), 2 in l, 9 in l, list(l), l.pop(), l)
e = LinkedList()
try:
    e.pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
