# catching by base class in a class hierarchy picks the first matching handler
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for exc in (Base, Mid, Leaf):
    try:
        raise exc()
    except Leaf:
        print(exc.__name__, "-> Leaf handler")
    except Mid:
        print(exc.__name__, "-> Mid handler")
    except Base:
        print(exc.__name__, "-> Base handler")
try:
    raise Leaf
except (ValueError, Mid) as e:
    print("tuple with base matched", type(e).__name__)
