# function objects: names, docs, defaults, attributes, identity
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
print(documented.__code__.co_argcount, documented.__qualname__)
def nodoc(): pass
print(nodoc.__doc__)
documented.custom = "attr"
print(documented.custom)
f = documented
print(f is documented, f(1), callable(f), type(f).__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
try:
    documented.missing
except AttributeError as e:
    print(type(e).__name__, e)
