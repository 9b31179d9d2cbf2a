# the except target is unbound after the handler
try:
    raise ValueError("v")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
err = "before"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in dir())
