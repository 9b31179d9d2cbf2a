# AssertionError details
def check(x):
    assert isinstance(x, int), "need an int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
