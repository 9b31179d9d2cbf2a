# set elements that compare equal are one element; custom __hash__/__eq__
print(len({1, 1.0, True}), {0, False, 0.0} == {0}, len({"a", "a"}), len({(1, 2), (1, 2)}))
class P:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
s = {P(1), P(1), P(2)}
print(len(s), P(2) in s, P(3) in s)
big = set(range(10000))
for i in range(0, 10000, 3):
    big.discard(i)
print(len(big), 3 in big, 4 in big)
