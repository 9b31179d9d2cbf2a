# truthiness: __bool__, then __len__, then always true
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __len__(self):
        return 0
class N: pass
print(bool(B(False)), bool(L()), bool(N()), not B(True))
if B(True):
    print("truthy")
print("and:", (B(False) and "x").v)
class Wrong:
    def __bool__(self):
        return 1
try:
    bool(Wrong())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
