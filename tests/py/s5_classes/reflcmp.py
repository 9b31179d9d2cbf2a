# comparisons fall back to the reflected method of the other operand
class A:
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __gt__(self, other):
        print("B.__gt__")
        return True
    def __eq__(self, other):
        print("B.__eq__")
        return True
print(A() < B())
print(A() == B())
print(A() != B())
class Sub(B):
    def __gt__(self, other):
        print("Sub.__gt__")
        return False
    def __lt__(self, other):
        print("Sub.__lt__")
        return True
print(B() < Sub())
