# classmethod and staticmethod, alternative constructors
class Date:
    count = 0
    def __init__(self, y, m):
        self.y, self.m = y, m
        Date.count += 1
    @classmethod
    def parse(cls, s):
        y, m = s.split("-")
        return cls(int(y), int(m))
    @staticmethod
    def valid_month(m):
        return 1 <= m <= 12
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m})"
class Sub(Date):
    pass
print(Date.parse("2024-05"), Sub.parse("1999-12"), Date.count)
print(Date.valid_month(13), Date(1, 1).valid_month(5), Sub.valid_month(0))
print(type(Date.__dict__["parse"]).__name__, type(Date.__dict__["valid_month"]).__name__)
