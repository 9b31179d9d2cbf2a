# __iter__ written as a generator method; independent iterations
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), [v * 10 for v in t])
a, b = iter(t), iter(t)
print(next(a), next(a), next(b))
