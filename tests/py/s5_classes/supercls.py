# super() in __init__ chains and with explicit arguments
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        super(Both, self).__init__(**kw)
Both(left=1, right=2, extra=3)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f/" + super(B, self).f()
print(B().f(), super(B, B()).f())
