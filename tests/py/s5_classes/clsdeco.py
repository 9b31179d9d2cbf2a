# class decorators receive and may replace the class
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@register
@add_greeting
class A:
    pass
@register
class B(A):
    pass
print(sorted(registry), A().greet(), B().greet())
