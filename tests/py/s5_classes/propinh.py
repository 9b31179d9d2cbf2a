# properties are inherited and can be overridden
class Base:
    @property
    def name(self):
        return "base"
    @property
    def label(self):
        return f"<{self.name}>"
class Child(Base):
    @property
    def name(self):
        return "child"
print(Base().label, Child().label, Child().name)
class ReadOnly(Base):
    pass
try:
    ReadOnly().name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
