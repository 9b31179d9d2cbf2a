# AttributeError messages
class C:
    def __init__(self):
        self.x = 1
c = C()
for expr in ("c.y", "(5).foo", "'s'.nope", "[].push", "None.x", "C.missing", "len.attr"):
    try:
        if expr == "c.y": c.y
        elif expr == "(5).foo": (5).foo
        elif expr == "'s'.nope": "s".nope
        elif expr == "[].push": [].push
        elif expr == "None.x": None.x
        elif expr == "C.missing": C.missing
        else: len.attr
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "x"), getattr(c, "nope", "dflt"), hasattr(c, "x"), hasattr(c, "y"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
