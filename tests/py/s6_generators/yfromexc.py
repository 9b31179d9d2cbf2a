# throw and close are forwarded through yield from
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("out:", repr(e))
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)
