# defining __eq__ without __hash__ makes instances unhashable
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
class Both(OnlyEq):
    def __hash__(self):
        return 1
print(hash(Both()) == 1, len({Both(): 1, Both(): 2}))
