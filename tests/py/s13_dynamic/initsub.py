# __init_subclass__, __class_getitem__-free class registries, and classmethods on metaclasses
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
print(Plugin.registry)
class Meta(type):
    def create(cls, *a):
        return cls(*a)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(Thing.create(5).v, repr(Thing), type(Thing).__name__)
