# Caret lines under each frame's failing expression: call, attribute, subscript, binary op
class Box:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.items[k]["n"] for k in self.items) * self.scale


def report(boxes):
    return [b.total() for b in boxes]


def main():
    data = {"a": {"n": 1}}
    result = report([Box(data)])[0] + 1
    print(result)


main()
