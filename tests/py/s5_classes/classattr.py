# class attributes versus instance attributes, shared mutable class data
class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.own = []
a, b = Counter(), Counter()
a.shared.append("a")
a.own.append("a")
print(Counter.instances, b.shared, b.own, a.own)
a.instances = 100
print(Counter.instances, a.instances, b.instances)
