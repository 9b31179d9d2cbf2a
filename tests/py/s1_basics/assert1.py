# assert with and without a message
assert True
assert 1 == 1, "not raised"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is false"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = 3
    assert x > 5, f"x is {x}"
except AssertionError as e:
    print(e)
