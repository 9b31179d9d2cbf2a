# raise with classes, instances, args; exception attributes and str/repr
for exc in (ValueError, ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError()):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
e = RuntimeError("x")
print(e.args, str(e), repr(Exception()), str(Exception(1, 2)))
