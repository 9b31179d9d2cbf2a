# except clauses evaluate their class expressions lazily, in order
def cls(name, c):
    print("evaluating", name)
    return c
try:
    raise KeyError
except cls("first", ValueError):
    print("no")
except cls("second", KeyError):
    print("matched second")
except cls("third", Exception):
    print("no")
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
