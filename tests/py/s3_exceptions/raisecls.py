# raising classes instantiates them; raising non-exceptions fails
class E(Exception):
    def __init__(self, *args):
        print("E instantiated with", args)
        super().__init__(*args)
try:
    raise E
except E as e:
    print("caught", repr(e))
for bad in (object, "string", 3, None):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__)
