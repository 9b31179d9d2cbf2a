# uncaught exceptions without a message
def f():
    raise KeyError


print("start")
f()
