# default equality is identity; __ne__ follows __eq__
class A:
    def __init__(self, v):
        self.v = v
class E(A):
    def __eq__(self, o):
        return self.v == o.v
a1, a2 = A(1), A(1)
e1, e2 = E(1), E(1)
print(a1 == a2, a1 == a1, a1 != a2, e1 == e2, e1 != e2, e1 == A(1))
print([e1].count(e2), e2 in [e1], [a1].index(a1))
