# MemoryError is an ordinary exception that can be raised and caught
try:
    raise MemoryError("pretend out of memory")
except MemoryError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    [0] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print("huge list refused")
print("alive", len([0] * 1000))
