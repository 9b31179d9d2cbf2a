# None: identity, truthiness, repr, implicit return
def f():
    pass
def g():
    return
print(f(), g(), f() is None, repr(None), str(None), type(None).__name__)
print(None == None, None != 0, bool(None))
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
